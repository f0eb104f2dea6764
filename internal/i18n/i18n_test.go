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

func TestFileSize(t *testing.T) {
	for n, want := range map[int64][2]string{
		0: {"0 B", "0 B"}, 1023: {"1023 B", "1023 B"}, 1024: {"1 KB", "1 KB"},
		87 * 1024: {"87 KB", "87 KB"}, 1536 * 1024: {"1,5 MB", "1.5 MB"},
	} {
		if got := Vi.FileSize(n); got != want[0] {
			t.Errorf("Vi.FileSize(%d) = %q, want %q", n, got, want[0])
		}
		if got := En.FileSize(n); got != want[1] {
			t.Errorf("En.FileSize(%d) = %q, want %q", n, got, want[1])
		}
	}
}
