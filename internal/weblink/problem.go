package weblink

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// errTooManyRedirects is what the default client's redirect policy returns
// after maxRedirects redirects.
var errTooManyRedirects = errors.New("too many redirects")

// answersWith reports whether a final status means the address answers: 2xx,
// or 401, 403 or 429 from servers that turn automated visitors away.
func answersWith(status int) bool {
	switch status {
	case http.StatusUnauthorized, http.StatusForbidden, http.StatusTooManyRequests:
		return true
	}
	return status/100 == 2
}

// statusProblem describes a final status for an editor, or returns "" when
// the status means the address answers.
func statusProblem(status int) string {
	if answersWith(status) {
		return ""
	}
	if text := http.StatusText(status); text != "" {
		return fmt.Sprintf("answers %d %s", status, text)
	}
	return fmt.Sprintf("answers %d", status)
}

// errorProblem describes a failed request for an editor. timeout is the time
// allowed per address, named when the failure is a time-out.
func errorProblem(err error, timeout time.Duration) string {
	if errors.Is(err, errTooManyRedirects) || isDefaultRedirectLimit(err) {
		return "too many redirects"
	}
	if errors.Is(err, context.Canceled) {
		return problemCancelled
	}

	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		switch {
		case dnsErr.IsNotFound:
			return "server not found (no such host)"
		case dnsErr.IsTimeout:
			return "server name lookup timed out"
		}
		return "server name lookup failed: " + dnsErr.Err
	}
	if isTimeout(err) {
		return fmt.Sprintf("no answer within %v", timeout)
	}

	if problem := certificateProblem(err); problem != "" {
		return problem
	}
	var recordErr tls.RecordHeaderError
	if errors.As(err, &recordErr) || strings.Contains(err.Error(), "gave HTTP response to HTTPS client") {
		return "secure connection failed (the server does not speak https there)"
	}

	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset by the server"
	case errors.Is(err, syscall.ENETUNREACH):
		return "network unreachable"
	case errors.Is(err, syscall.EHOSTUNREACH):
		return "host unreachable"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "connection closed without an answer"
	}
	return "request failed: " + innermostMessage(err)
}

// certificateProblem describes a failed certificate check, or returns "".
func certificateProblem(err error) string {
	var unknownAuthority x509.UnknownAuthorityError
	if errors.As(err, &unknownAuthority) {
		return "certificate problem: issued by an unknown authority"
	}
	var wrongHost x509.HostnameError
	if errors.As(err, &wrongHost) {
		return "certificate problem: not valid for " + wrongHost.Host
	}
	var invalid x509.CertificateInvalidError
	if errors.As(err, &invalid) {
		if invalid.Reason == x509.Expired {
			return "certificate problem: expired or not yet valid"
		}
		return "certificate problem: " + strings.TrimPrefix(invalid.Error(), "x509: ")
	}
	var verification *tls.CertificateVerificationError
	if errors.As(err, &verification) {
		return "certificate problem: " + strings.TrimPrefix(innermostMessage(verification.Err), "x509: ")
	}
	return ""
}

// isDefaultRedirectLimit recognises the error of net/http's default redirect
// policy, used when Checker.Client has no CheckRedirect of its own.
func isDefaultRedirectLimit(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "stopped after") && strings.Contains(msg, "redirects")
}

// isTimeout reports whether err means the time allowed ran out.
func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var netErr net.Error
	return errors.As(err, &netErr) && netErr.Timeout()
}

// isTransient reports whether a request that failed with err may succeed if
// sent again at once. Time-outs are not transient: they have used the time.
func isTransient(err error) bool {
	if isTimeout(err) {
		return false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return dnsErr.IsTemporary && !dnsErr.IsNotFound
	}
	return errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNABORTED) ||
		errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.EOF) ||
		errors.Is(err, io.ErrUnexpectedEOF)
}

// innermostMessage returns the message of err without the method and
// address that *url.Error puts in front.
func innermostMessage(err error) string {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return urlErr.Err.Error()
	}
	return err.Error()
}
