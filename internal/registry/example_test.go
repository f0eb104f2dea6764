package registry_test

import (
	"fmt"

	"vinhdanh/internal/registry"
)

// ParseDocumentNumber reads a number as Nghị định 30/2020 writes it, with
// the slips editors make (spaces, lower case) forgiven, and says why one
// cannot be read.
func ExampleParseDocumentNumber() {
	for _, s := range []string{"946/QĐ-UBND", "946 / qđ-ubnd", "60-NQ/TW", "946"} {
		n, err := registry.ParseDocumentNumber(s)
		fmt.Printf("%s type=%q issuer=%q %v\n", n, n.Type, n.Issuer, err)
	}
	_, err := registry.ParseDocumentNumber("946 QĐ UBND")
	fmt.Println(err)
	// Output:
	// 946/QĐ-UBND type="QĐ" issuer="UBND" <nil>
	// 946/QĐ-UBND type="QĐ" issuer="UBND" <nil>
	// 60-NQ/TW type="NQ" issuer="TW" <nil>
	// 946 type="" issuer="" <nil>
	// malformed document number "946 QĐ UBND": it has spaces inside; write it as number/type-issuer, e.g. 946/QĐ-UBND
}
