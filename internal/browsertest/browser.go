// Package browsertest drives Debian's Chromium through the DevTools
// protocol (github.com/chromedp/chromedp) to check the built site as a
// reader's browser shows it. The checks are axe-core's WCAG 2.2 AA
// rules, reflow at 320 px with text at 200%, target sizes, the skip
// link, focus styles and the quick exit. Every page's network log,
// cookies and storage are checked too.
//
// The package's tests build the sample site themselves; the command in
// cmd/screenshots uses the same helpers to write screenshots.
package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// DebianChromium is the path of the launcher that Debian's chromium
// package installs.
const DebianChromium = "/usr/bin/chromium"

// ErrNoChromium is returned by FindChromium when no Chromium is
// installed.
var ErrNoChromium = errors.New("chromium not found: install it with `apt-get install chromium` (Debian)")

// FindChromium returns DebianChromium when it exists, else the first
// "chromium" or "chromium-browser" on PATH.
func FindChromium() (string, error) {
	if _, err := os.Stat(DebianChromium); err == nil {
		return DebianChromium, nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoChromium
}

// Browser is one headless Chromium with a fresh profile. Each page gets
// its own tab (NewTab), and the tabs share the profile's cookies and
// storage, so that a check after several pages finds what they all left.
type Browser struct {
	ctx        context.Context
	cancel     context.CancelFunc
	cancelExec context.CancelFunc
	profile    string
}

// Launch starts Chromium at execPath with a new profile folder. Close
// stops it and removes the profile.
//
// The flags turn off the browser's own traffic (background networking,
// component updates, sync) and QUIC, as the tests allow no request that
// the page did not make.
func Launch(parent context.Context, execPath string) (*Browser, error) {
	profile, err := os.MkdirTemp("", "panduan-chromium-")
	if err != nil {
		return nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(execPath),
		chromedp.UserDataDir(profile),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// /dev/shm is 64 MB in a default container, too small for
		// Chromium's shared memory.
		chromedp.Flag("disable-dev-shm-usage", true),
	}
	execCtx, cancelExec := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancel := chromedp.NewContext(execCtx)
	b := &Browser{ctx: ctx, cancel: cancel, cancelExec: cancelExec, profile: profile}
	if err := chromedp.Do(ctx); err != nil {
		b.Close()
		return nil, fmt.Errorf("failed to start %s: %w", execPath, err)
	}
	return b, nil
}

// Close stops the browser and removes its profile folder.
func (b *Browser) Close() {
	b.cancel()
	b.cancelExec()
	os.RemoveAll(b.profile)
}

// Context returns the context of the browser's first tab, for commands
// that act on the whole browser such as storage.GetCookies.
func (b *Browser) Context() context.Context { return b.ctx }

// Tab is a browser tab that records what its pages load and log.
type Tab struct {
	Ctx    context.Context
	cancel context.CancelFunc

	mu       sync.Mutex
	urls     map[network.RequestID]string
	requests []string
	failed   []string
	console  []string
}

// NewTab opens a tab. Its recorder starts before the tab's first
// command, so it receives every request of every page the tab loads.
func (b *Browser) NewTab() (*Tab, error) {
	t := &Tab{urls: map[network.RequestID]string{}}
	t.Ctx, t.cancel = chromedp.NewContext(b.ctx, chromedp.WithListener(t.record))
	if err := chromedp.Do(t.Ctx); err != nil {
		t.cancel()
		return nil, err
	}
	// Every tab behaves as the focused window, so that keyboard focus
	// and :focus-visible work in tabs that run side by side.
	if _, err := Call(t, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.cancel()
		return nil, err
	}
	return t, nil
}

// Close closes the tab.
func (t *Tab) Close() { t.cancel() }

// record runs in the tab's message loop, so it only stores.
func (t *Tab) record(ev any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		t.urls[ev.RequestID] = ev.Request.URL
		t.requests = append(t.requests, ev.Request.URL)
	case *network.EventLoadingFailed:
		if ev.Canceled {
			return
		}
		msg := fmt.Sprintf("%s: %s", t.urls[ev.RequestID], ev.ErrorText)
		if ev.BlockedReason != "" {
			msg += fmt.Sprintf(" (blocked: %s)", ev.BlockedReason)
		}
		t.failed = append(t.failed, msg)
	case *log.EventEntryAdded:
		// Chromium requests /favicon.ico by itself for a page that
		// names no icon; a 404 for it is not the page's request.
		if ev.Entry.Source == log.EntrySourceNetwork && strings.HasSuffix(ev.Entry.URL, "/favicon.ico") {
			return
		}
		if ev.Entry.Level == log.EntryLevelError {
			t.console = append(t.console, fmt.Sprintf("%s %s: %s (%s)", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text, ev.Entry.URL))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		t.console = append(t.console, fmt.Sprintf("uncaught exception at %s:%d: %s", d.URL, d.LineNumber+1, msg))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			t.console = append(t.console, fmt.Sprintf("console.%s called", ev.Type))
		}
	}
}

// Log is a tab's record of requests, failures and errors since the last
// TakeLog.
type Log struct {
	// Requests are the URLs of every request, in order.
	Requests []string
	// Failed are the requests that failed, with Chromium's error.
	Failed []string
	// Console are the errors of the browser's log (Content-Security-
	// Policy violations among them), console.error and console.assert
	// calls, and uncaught exceptions.
	Console []string
}

// TakeLog returns the tab's record and starts a new one.
func (t *Tab) TakeLog() Log {
	t.mu.Lock()
	defer t.mu.Unlock()
	l := Log{Requests: t.requests, Failed: t.failed, Console: t.console}
	t.requests, t.failed, t.console = nil, nil, nil
	return l
}

// Call sends one DevTools protocol command to the tab.
func Call[P, R any](t *Tab, cmd cdp.Command[P, R], params P) (R, error) {
	return chromedp.Call(t.Ctx, cmd, params)
}
