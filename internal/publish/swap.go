package publish

import (
	"errors"
	"os"

	"vinhdanh/internal/osfile"
)

// exchange swaps the folders a and b, in one atomic step where the system
// can (see osfile.Exchange), else with exchangeByRenames.
func exchange(a, b string) error {
	if err := osfile.Exchange(a, b); !errors.Is(err, errors.ErrUnsupported) {
		return err
	}
	return exchangeByRenames(a, b)
}

// exchangeByRenames swaps a and b with two renames through a third name,
// asideName(b). Between the two, b is briefly missing; exchange avoids that
// where it can, and restoreAside repairs a swap that was cut short there.
func exchangeByRenames(a, b string) error {
	aside := asideName(b)
	_ = os.RemoveAll(aside)
	if err := os.Rename(b, aside); err != nil {
		return err
	}
	if err := os.Rename(a, b); err != nil {
		_ = os.Rename(aside, b)
		return err
	}
	return os.Rename(aside, a)
}

// asideName is where exchangeByRenames keeps b between its two renames.
func asideName(b string) string { return b + tempMarker + "old" }

// restoreAside puts back the previous output of dest when a build was
// killed between the two renames of exchangeByRenames: dest is missing and
// the previous output is at asideName(dest).
func restoreAside(dest string) {
	if _, err := os.Lstat(dest); !os.IsNotExist(err) {
		return
	}
	aside := asideName(dest)
	if info, err := os.Lstat(aside); err == nil && info.IsDir() {
		_ = os.Rename(aside, dest)
	}
}
