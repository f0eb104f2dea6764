package i18n

import (
	"io/fs"
	"syscall"
	"testing"
	"time"
)

func TestErrorAndSeconds(t *testing.T) {
	for _, tc := range []struct {
		err    error
		vi, en string
	}{
		{fs.ErrNotExist, "không có tệp hay thư mục này", "file does not exist"},
		{syscall.ENOENT, "không có tệp hay thư mục này", "no such file or directory"},
		{syscall.ENOSPC, "ổ đĩa đã đầy", "no space left on device"},
		{&fs.PathError{Op: "open", Path: "a.md", Err: syscall.EACCES}, "a.md: không có quyền truy cập", "open a.md: permission denied"},
		{Errorf("unknown kind %q%s", "x", T(" (use %s)", "news")), `không có loại bài (kind) "x" (dùng news)`, `unknown kind "x" (use news)`},
	} {
		if got := Vi.Error(tc.err); got != tc.vi {
			t.Errorf("Vi.Error(%v) = %q, want %q", tc.err, got, tc.vi)
		}
		if got := En.Error(tc.err); got != tc.en {
			t.Errorf("En.Error(%v) = %q, want %q", tc.err, got, tc.en)
		}
	}
	if got := Vi.Seconds(970 * time.Millisecond); got != "0,97" {
		t.Errorf("Vi.Seconds = %q", got)
	}
	if got := En.Seconds(970 * time.Millisecond); got != "0.97" {
		t.Errorf("En.Seconds = %q", got)
	}
}
