package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"

	"vinhdanh/internal/i18n"
)

// parseArgs parses args with fs as fs.Parse does, but says a mistake in
// lang, where the flag package would say it in English, before the help.
func parseArgs(lang i18n.Lang, fs *flag.FlagSet, args []string) error {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		usage()
	default:
		fmt.Fprintf(out, "vinhdanh %s: %s\n\n", fs.Name(), flagError(lang, err))
		usage()
	}
	return err
}

// The flag package's messages, which flagError says again in the editor's
// language.
var (
	unknownFlag  = regexp.MustCompile(`^flag provided but not defined: -(.+)$`)
	missingValue = regexp.MustCompile(`^flag needs an argument: -(.+)$`)
	badBool      = regexp.MustCompile(`^invalid boolean value "(.*)" for -([^:]+): `)
	badValue     = regexp.MustCompile(`^invalid value "(.*)" for flag -([^:]+): `)
)

// flagError says the flag package's error err in lang.
func flagError(lang i18n.Lang, err error) string {
	msg := err.Error()
	if m := unknownFlag.FindStringSubmatch(msg); m != nil {
		return lang.Sprintf("there is no flag -%s; the flags are listed below", m[1])
	}
	if m := missingValue.FindStringSubmatch(msg); m != nil {
		return lang.Sprintf("the flag -%s needs a value after it", m[1])
	}
	if m := badBool.FindStringSubmatch(msg); m != nil {
		return lang.Sprintf("-%s takes true or false, not %q", m[2], m[1])
	}
	if m := badValue.FindStringSubmatch(msg); m != nil {
		return lang.Sprintf("%q is not a value -%s takes; see below", m[1], m[2])
	}
	return msg
}

// printFlags lists fs's flags as fs.PrintDefaults does, with the words
// around a default value in lang.
func printFlags(lang i18n.Lang, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", f.Name)
		name, usage := flag.UnquoteUsage(f)
		if name != "" {
			b.WriteString(" " + name)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		switch def := f.DefValue; {
		case def == "" || def == "false" || def == "0":
		case fmt.Sprintf("%T", f.Value) == "*flag.stringValue":
			b.WriteString(lang.Sprintf(" (default %q)", def))
		default:
			b.WriteString(lang.Sprintf(" (default %v)", def))
		}
		fmt.Fprintln(fs.Output(), b.String())
	})
}
