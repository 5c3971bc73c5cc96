package browsertest

import (
	"fmt"
	"strings"
)

// domHelpers are JavaScript functions that the check scripts share.
// targetSelector matches the elements that a click or tap activates.
// focusable lists the rendered elements that can take the focus, in
// document order. describe names an element for a failure message.
const domHelpers = `
const targetSelector = 'a[href], area[href], button, input, select, textarea, summary, [role=button], [role=link]';
const focusableSelector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [contenteditable=""], [contenteditable=true], [tabindex], [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=option]';
function rendered(el) {
	if (el.closest('[hidden], [inert]')) return false;
	const s = getComputedStyle(el);
	if (s.visibility === 'hidden' || s.display === 'none') return false;
	return el.getClientRects().length > 0;
}
function focusable() {
	return [...document.querySelectorAll(focusableSelector)].filter(el => !el.disabled && rendered(el));
}
function describe(el) {
	const parts = [];
	for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
		let p = e.localName;
		if (e.id) p += '#' + e.id;
		for (const c of e.classList) p += '.' + c;
		parts.unshift(p);
		if (e.id) break;
	}
	let text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
	if (text.length > 40) text = text.slice(0, 39) + '…';
	const href = el.getAttribute('href');
	return parts.join(' > ') + (href ? '[href="' + href + '"]' : '') + (text ? ' "' + text + '"' : '');
}
`

// ReflowResult is the page's width with the root font size at 200%.
type ReflowResult struct {
	ScrollWidth int `json:"scrollWidth"`
	ClientWidth int `json:"clientWidth"`
	// Overflowing are the outermost elements whose right edge is past
	// the viewport: each overflows while its parent does not.
	Overflowing []string `json:"overflowing"`
}

// Reflow sets the root element's font size to 200%, as a reader's
// browser setting for larger text does for every size given in rem, em
// or %, and measures whether the page then scrolls sideways. It restores
// the font size before it returns. Call SetViewport(320) first for WCAG
// 2.2's 1.4.10 Reflow at 320 CSS pixels.
func Reflow(t *Tab) (*ReflowResult, error) {
	script := `(() => {` + domHelpers + `
	const root = document.documentElement;
	const before = root.style.fontSize;
	window.scrollTo(0, 0);
	root.style.fontSize = '200%';
	const res = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, overflowing: []};
	if (res.scrollWidth > res.clientWidth) {
		const over = el => el.getBoundingClientRect().right > res.clientWidth + 0.5;
		for (const el of document.body.querySelectorAll('*')) {
			if (rendered(el) && over(el) && !(el.parentElement && el.parentElement !== document.body && over(el.parentElement))) {
				const r = el.getBoundingClientRect();
				res.overflowing.push(describe(el) + ' (right edge at ' + Math.round(r.right) + ' px)');
				if (res.overflowing.length >= 10) break;
			}
		}
	}
	root.style.fontSize = before;
	return res;
	})()`
	res, err := Eval[ReflowResult](t, script)
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// MinTargetSize is WCAG 2.2's 2.5.8 Target Size (Minimum) in CSS pixels.
const MinTargetSize = 24

// SmallTargets returns the targets of the page that fail WCAG 2.2's
// 2.5.8 Target Size (Minimum): smaller than 24 by 24 CSS pixels and not
// spaced out, with the reason for each.
//
// A smaller target passes under the criterion's spacing exception when
// a circle of 24 px diameter centred on its bounding box intersects no
// other target and no other small target's circle. It also passes under
// the inline exception when it is an inline element in a block with
// other words, as a link in a sentence is. The equivalent, user agent control and
// essential exceptions are not modelled, so a page that relies on them
// fails. Targets outside the page (such as a skip link moved above it
// until focused) are not counted.
func SmallTargets(t *Tab) ([]string, error) {
	script := `(() => {` + domHelpers + `
	window.scrollTo(0, 0);
	const min = ` + fmt.Sprint(MinTargetSize) + `;
	// An element that only scripts can focus (tabindex="-1", such as
	// the main landmark that the skip link focuses) is no target.
	const pointerTarget = el => !el.matches('[tabindex="-1"]') || el.matches(targetSelector);
	const targets = focusable().filter(pointerTarget).map(el => {
		const r = el.getBoundingClientRect();
		return {el, r, cx: r.left + r.width / 2, cy: r.top + r.height / 2,
			small: r.width < min - 0.01 || r.height < min - 0.01};
	}).filter(t => t.r.bottom + window.scrollY > 0 && t.r.right + window.scrollX > 0 && t.r.width > 0 && t.r.height > 0);
	// inSentence reports whether el is an inline element whose block
	// also has words outside any target, as a link in a sentence has.
	// A row of inline links with only punctuation between them is no
	// sentence.
	function inSentence(el) {
		if (getComputedStyle(el).display !== 'inline') return false;
		let block = el.parentElement;
		while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
		if (!block) return false;
		const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			if (n.parentElement.closest(targetSelector)) continue;
			if (/\p{L}/u.test(n.data)) return true;
		}
		return false;
	}
	function distanceToRect(x, y, r) {
		const dx = Math.max(r.left - x, 0, x - r.right);
		const dy = Math.max(r.top - y, 0, y - r.bottom);
		return Math.hypot(dx, dy);
	}
	const fails = [];
	for (const a of targets) {
		if (!a.small || inSentence(a.el)) continue;
		let reason = '';
		for (const b of targets) {
			if (a === b || a.el.contains(b.el) || b.el.contains(a.el)) continue;
			if (distanceToRect(a.cx, a.cy, b.r) < min / 2 - 0.01) {
				reason = 'its 24 px circle overlaps ' + describe(b.el);
			} else if (b.small && !inSentence(b.el) && Math.hypot(a.cx - b.cx, a.cy - b.cy) < min - 0.01) {
				reason = 'its 24 px circle overlaps the circle of ' + describe(b.el);
			}
			if (reason) break;
		}
		if (reason) {
			fails.push(describe(a.el) + ' is ' + Math.round(a.r.width) + '×' + Math.round(a.r.height) + ' px and ' + reason);
		}
	}
	return fails;
	})()`
	return Eval[[]string](t, script)
}

// FocusState is the keyboard focus after a key press.
type FocusState struct {
	// Index is the focused element's position in the page's focusable
	// elements, or -1 when the focus is on the body or nothing.
	Index int `json:"index"`
	// Description names the focused element.
	Description string `json:"description"`
	Tag         string `json:"tag"`
	Href        string `json:"href"`
	// HrefTarget describes the element that a same-page link points
	// to, "main" when it is the main landmark.
	HrefTarget   string `json:"hrefTarget"`
	FocusVisible bool   `json:"focusVisible"`
	// Outline and BoxShadow are the computed styles while focused.
	Outline   string `json:"outline"`
	BoxShadow string `json:"boxShadow"`
	// InViewport is true when the element's box has a size and lies
	// inside the viewport.
	InViewport bool `json:"inViewport"`
	// Obscured is true when other content, such as a sticky bar, covers
	// the whole visible part of the element (WCAG 2.2's 2.4.11 Focus
	// Not Obscured). It samples the centre, the corners and the middle
	// of each edge, 1 px inside the box.
	Obscured bool `json:"obscured"`
	// InMain is true when the focus is on or inside the main landmark.
	InMain bool   `json:"inMain"`
	Hash   string `json:"hash"`
}

// Focus returns the state of the tab's keyboard focus.
func Focus(t *Tab) (*FocusState, error) {
	script := `(() => {` + domHelpers + `
	const el = document.activeElement;
	const main = document.querySelector('main, [role=main]');
	const res = {index: -1, hash: location.hash, inMain: !!(main && el && main.contains(el))};
	if (!el || el === document.body || el === document.documentElement) return res;

	res.index = focusable().indexOf(el);
	res.description = describe(el);
	res.tag = el.localName;
	res.href = el.getAttribute('href') || '';
	if (res.href.startsWith('#') && res.href.length > 1) {
		const target = document.getElementById(decodeURIComponent(res.href.slice(1)));
		res.hrefTarget = !target ? 'nothing' : (target === main ? 'main' : describe(target));
	}

	res.focusVisible = el.matches(':focus-visible');
	const s = getComputedStyle(el);
	res.outline = s.outlineStyle === 'none' ? 'none' : s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;
	res.boxShadow = s.boxShadow;
	const r = el.getBoundingClientRect();

	res.inViewport = r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
	const left = Math.max(r.left + 1, 0), right = Math.min(r.right - 1, innerWidth - 1);
	const top = Math.max(r.top + 1, 0), bottom = Math.min(r.bottom - 1, innerHeight - 1);
	if (left <= right && top <= bottom) {
		res.obscured = true;
		for (const x of [left, (left + right) / 2, right]) {
			for (const y of [top, (top + bottom) / 2, bottom]) {
				const hit = document.elementFromPoint(x, y);
				if (hit && (hit === el || el.contains(hit))) res.obscured = false;
			}
		}
	}
	return res;
	})()`
	res, err := Eval[FocusState](t, script)
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// HasFocusIndicator reports whether the focused element draws an
// outline of at least 1 px or a box shadow.
func (f *FocusState) HasFocusIndicator() bool {
	if f.BoxShadow != "" && f.BoxShadow != "none" {
		return true
	}
	if f.Outline == "none" || f.Outline == "" {
		return false
	}
	fields := strings.Fields(f.Outline)
	return len(fields) >= 2 && fields[1] != "0px"
}

// UnfocusedStyles returns the computed outline and box shadow of every
// focusable element while none of them has the focus: index i is the
// same element as FocusState.Index i.
func UnfocusedStyles(t *Tab) ([][2]string, error) {
	script := `(() => {` + domHelpers + `
	if (document.activeElement) document.activeElement.blur();
	return focusable().map(el => {
		const s = getComputedStyle(el);
		return [s.outlineStyle === 'none' ? 'none' : s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, s.boxShadow];
	});
	})()`
	return Eval[[][2]string](t, script)
}

// FocusableCount returns how many focusable elements the page has.
func FocusableCount(t *Tab) (int, error) {
	return Eval[int](t, `(() => {`+domHelpers+` return focusable().length; })()`)
}

// QuickExitLink is the first [data-quick-exit] element of a page, with
// the number of such elements.
type QuickExitLink struct {
	Count   int    `json:"count"`
	Tag     string `json:"tag"`
	Href    string `json:"href"`
	Target  string `json:"target"`
	OnClick bool   `json:"onclick"`
}

// QuickExit returns the page's quick-exit elements, the ones marked with
// data-quick-exit, which is how assets/js/quick-exit.js finds them.
func QuickExit(t *Tab) (*QuickExitLink, error) {
	res, err := Eval[QuickExitLink](t, `(() => {
	const all = document.querySelectorAll('[data-quick-exit]');
	const el = all[0];
	if (!el) return {count: 0};
	return {count: all.length, tag: el.localName, href: el.getAttribute('href') || '',
		target: el.getAttribute('target') || '', onclick: el.hasAttribute('onclick')};
	})()`)
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// Storage is the state that a page's origin keeps in the browser.
type Storage struct {
	Cookie         string `json:"cookie"`
	LocalStorage   int    `json:"localStorage"`
	SessionStorage int    `json:"sessionStorage"`
	ServiceWorkers int    `json:"serviceWorkers"`
}

// PageStorage returns the cookies, the number of localStorage and
// sessionStorage items, and the service worker registrations of the
// current page's origin. A file:// page counts no service workers,
// because Chromium offers them only to http and https origins.
func PageStorage(t *Tab) (*Storage, error) {
	res, err := Eval[Storage](t, `(async () => {
	let workers = 0;
	if (navigator.serviceWorker && location.protocol !== 'file:') {
		workers = (await navigator.serviceWorker.getRegistrations()).length;
	}
	return {cookie: document.cookie, localStorage: localStorage.length,
		sessionStorage: sessionStorage.length, serviceWorkers: workers};
	})()`)
	if err != nil {
		return nil, err
	}
	return &res, nil
}
