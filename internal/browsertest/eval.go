package browsertest

import (
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// worldName names the isolated worlds in which the tests run their
// scripts.
const worldName = "panduan-browsertest"

// isolatedWorld creates an isolated world in the tab's main frame. A
// script there shares the page's DOM but not its JavaScript globals, and
// it runs through the DevTools protocol, so the page's Content-Security-
// Policy stays as the page sets it.
func (t *Tab) isolatedWorld() (runtime.ExecutionContextID, error) {
	tree, err := Call(t, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		return 0, err
	}
	world, err := Call(t, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{
		FrameID:   tree.FrameTree.Frame.ID,
		WorldName: worldName,
	})
	if err != nil {
		return 0, err
	}
	return world.ExecutionContextID, nil
}

// Eval evaluates a JavaScript expression in a new isolated world of the
// tab's current page, waits for it when it is a promise, and decodes
// its JSON value into T.
func Eval[T any](t *Tab, expression string) (T, error) {
	var zero T
	id, err := t.isolatedWorld()
	if err != nil {
		return zero, err
	}
	return evalIn[T](t, id, expression)
}

func evalIn[T any](t *Tab, id runtime.ExecutionContextID, expression string) (T, error) {
	return chromedp.Run(t.Ctx, chromedp.Evaluate[T](expression, func(p *runtime.EvaluateParams) {
		p.ContextID = id
		p.AwaitPromise = new(true)
	}))
}

// Navigate loads url in the tab and waits for its load event.
func (t *Tab) Navigate(url string) error {
	return chromedp.Do(t.Ctx, chromedp.Navigate(url))
}

// Location returns the URL of the tab's current page.
func (t *Tab) Location() (string, error) {
	return chromedp.Run(t.Ctx, chromedp.Location())
}

// WaitLocation polls the tab's URL until it is url, for at most timeout.
func (t *Tab) WaitLocation(url string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var last string
	for {
		loc, err := t.Location()
		if err == nil {
			last = loc
			if loc == url {
				// Let the new page finish loading before the caller
				// acts on it.
				_, err := Eval[string](t, `new Promise(r => document.readyState === "complete" ? r("") : addEventListener("load", () => r("")))`)
				return err
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out after %s waiting for %s; the tab shows %s", timeout, url, last)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// SetViewport emulates a screen width wide CSS pixels wide and 800 high
// at a device pixel ratio of 1. Widths up to 600 emulate a phone, which
// applies the page's meta viewport.
func (t *Tab) SetViewport(width int64) error {
	_, err := Call(t, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width:             width,
		Height:            800,
		DeviceScaleFactor: 1,
		Mobile:            width <= 600,
	})
	return err
}

// SetScriptsDisabled turns the page's own JavaScript off or on. The
// isolated worlds of Eval still run.
func (t *Tab) SetScriptsDisabled(disabled bool) error {
	_, err := Call(t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: disabled})
	return err
}

// Key is a key for PressKey, with the codes that a US keyboard sends.
type Key struct {
	Key, Code string
	// KeyCode is the Windows virtual key code, which Chromium also
	// uses as the native one.
	KeyCode int64
	// Modifier is the bit that the key sets while it is down (Shift 8),
	// zero for other keys.
	Modifier int64
	Text     string
}

// Keys that the tests press.
var (
	KeyTab   = Key{Key: "Tab", Code: "Tab", KeyCode: 9}
	KeyEnter = Key{Key: "Enter", Code: "Enter", KeyCode: 13, Text: "\r"}
	KeyShift = Key{Key: "Shift", Code: "ShiftLeft", KeyCode: 16, Modifier: 8}
)

// PressKey sends a real key press to the page: a keyDown (rawKeyDown
// for keys without text) and a keyUp event, as input.dispatchKeyEvent
// does for a user's keyboard.
func (t *Tab) PressKey(k Key) error {
	down := input.DispatchKeyEventParams{
		Type:                  input.DispatchKeyEventTypeRawKeyDown,
		Key:                   k.Key,
		Code:                  k.Code,
		WindowsVirtualKeyCode: k.KeyCode,
		NativeVirtualKeyCode:  k.KeyCode,
		Modifiers:             k.Modifier,
	}
	if k.Text != "" {
		down.Type = input.DispatchKeyEventTypeKeyDown
		down.Text = k.Text
		down.UnmodifiedText = k.Text
	}
	if k.Modifier != 0 {
		down.Location = 1
	}
	if _, err := Call(t, input.DispatchKeyEvent, down); err != nil {
		return fmt.Errorf("failed to press %s: %w", k.Key, err)
	}
	up := down
	up.Type = input.DispatchKeyEventTypeKeyUp
	up.Modifiers = 0
	up.Text, up.UnmodifiedText = "", ""
	if _, err := Call(t, input.DispatchKeyEvent, up); err != nil {
		return fmt.Errorf("failed to release %s: %w", k.Key, err)
	}
	return nil
}
