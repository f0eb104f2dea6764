package corpus_test

import (
	"fmt"
	"strings"

	"vinhdanh/bench/corpus"
)

// Generate streams the files of a site; here they are only counted.
func ExampleGenerate() {
	sections := map[string]int{}
	err := corpus.Generate(corpus.Options{Articles: 1000}, func(path string, data []byte) error {
		if path == "site.yaml" {
			fmt.Println(strings.SplitN(string(data), "\n", 2)[0])
			return nil
		}
		sections[strings.Split(path, "/")[1]]++
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{"hoi-nghi", "dien-hinh", "quyet-dinh", "tin-tuc"} {
		fmt.Println(s, sections[s])
	}
	// Output:
	// # vinhdanh synthetic corpus of 1000 articles, seed 20250701.
	// hoi-nghi 300
	// dien-hinh 246
	// quyet-dinh 190
	// tin-tuc 264
}
