package publish

import "os"

// exchangeByRenames swaps a and b with two renames through a third name.
// Between the two, b is briefly missing; exchange avoids that where it can.
func exchangeByRenames(a, b string) error {
	aside := b + tempMarker + "old"
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
