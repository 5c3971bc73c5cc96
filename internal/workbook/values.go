package workbook

import (
	"fmt"
	"math"
	"net/mail"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/directory"
)

// report reports a problem with the record's cell in the column.
func (rec record) report(key string, c Code, fix, format string, args ...any) {
	rec.t.r.rep.add(rec.pos(key), c, fix, format, args...)
}

// text returns the per-language cells of a text field.
func (rec record) text(fieldKey string) directory.Text {
	t := directory.Text{}
	for _, lang := range directory.Languages {
		if v := rec.value(fieldKey + "_" + lang); v != "" {
			t[lang] = v
		}
	}
	return t
}

// idPattern is the form of an ID or code: letters, digits, hyphens and
// underscores, starting with a letter or digit.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$`)

// id returns a required ID, reporting one that is missing or invalid.
func (rec record) id(key string) (string, bool) {
	v, ok := rec.required(key)
	if !ok {
		return "", false
	}
	if !idPattern.MatchString(v) {
		rec.report(key, CodeInvalidID, "", "ID %q is not valid", v)
		return "", false
	}
	return v, true
}

// yesNo returns a yes/no cell; an empty cell is no. Besides the labels
// of directory.YesNo in any language it accepts TRUE/FALSE, 1/0 and
// Y/N, as spreadsheets and habits produce them.
func (rec record) yesNo(key string) bool {
	v := rec.value(key)
	if v == "" {
		return false
	}
	if t, ok := directory.YesNo.Lookup(v); ok {
		return t.Code == "yes"
	}
	switch strings.ToLower(v) {
	case "true", "1", "y":
		return true
	case "false", "0", "n":
		return false
	}
	rec.reportUnknownTerm(key, v, directory.YesNo)
	return false
}

// enum returns the code of a dropdown cell, or "" when it is empty or
// unknown; an unknown value is reported.
func (rec record) enum(key string, v directory.Vocabulary) string {
	value := rec.value(key)
	if value == "" {
		return ""
	}
	if t, ok := v.Lookup(value); ok {
		return t.Code
	}
	rec.reportUnknownTerm(key, value, v)
	return ""
}

// reportUnknownTerm reports a value that is not in a vocabulary, with
// the closest code or label.
func (rec record) reportUnknownTerm(key, value string, v directory.Vocabulary) {
	// Labels come before codes, English first, so that a tie suggests
	// the label that the dropdown shows.
	var candidates []string
	for _, lang := range directory.Languages {
		candidates = append(candidates, v.Labels(lang)...)
	}
	candidates = append(candidates, v.Codes()...)
	fix := fmt.Sprintf("choose one of: %s", strings.Join(v.Labels("en"), ", "))
	if s, ok := suggest(value, candidates); ok {
		fix = `did you mean "` + s + `"?`
	}
	rec.report(key, CodeUnknownTerm, fix, "unknown value %q", value)
}

// date returns a date cell: a date stored as a serial number in either
// of Excel's date systems, or a text in one of dateLayouts.
func (rec record) date(key string) (time.Time, bool) {
	c := rec.cells[key]
	if c.Value == "" {
		return time.Time{}, false
	}
	if c.Numeric {
		serial, _ := strconv.ParseFloat(c.Value, 64)
		if serial >= 1 {
			t, err := excelize.ExcelDateToTime(serial, rec.t.r.date1904)
			if err == nil {
				return dateOnly(t), true
			}
		}
		rec.report(key, CodeInvalidDate, "", "the number %s is not a date", c.Value)
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, c.Value); err == nil {
			return t, true
		}
	}
	// A date cell of type "d" holds an ISO 8601 date and time.
	if len(c.Value) > 10 && c.Value[10] == 'T' {
		if t, err := time.Parse("2006-01-02", c.Value[:10]); err == nil {
			return t, true
		}
	}
	rec.report(key, CodeInvalidDate, "", "%q is not a date in the form YYYY-MM-DD or DD/MM/YYYY", c.Value)
	return time.Time{}, false
}

// dateLayouts are the text forms of a date that the reader accepts.
// A date with slashes is day first, as in every language of the site.
var dateLayouts = []string{"2006-01-02", "2/1/2006", "2-1-2006", "2.1.2006"}

// number returns a decimal number cell, accepting a comma as the
// decimal separator.
func (rec record) number(key string) (float64, bool) {
	v := rec.value(key)
	if v == "" {
		return 0, false
	}
	if !strings.Contains(v, ".") {
		v = strings.Replace(v, ",", ".", 1)
	}
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
		rec.report(key, CodeInvalidNumber, "", "%q is not a number", rec.value(key))
		return 0, false
	}
	return n, true
}

// maxAge is the largest age the reader accepts, in years.
const maxAge = 120

// age returns an age in whole years.
func (rec record) age(key string) (*int, bool) {
	n, ok := rec.number(key)
	if !ok {
		return nil, false
	}
	if n != math.Trunc(n) || n < 0 || n > maxAge {
		rec.report(key, CodeInvalidNumber, fmt.Sprintf("type a whole number of years from 0 to %d", maxAge),
			"%q is not an age in whole years", rec.value(key))
		return nil, false
	}
	age := int(n)
	return &age, true
}

// email returns an email address cell.
func (rec record) email(key string) string {
	v := rec.value(key)
	if v == "" {
		return ""
	}
	addr, err := mail.ParseAddress(v)
	if err != nil || addr.Address != v || addr.Name != "" {
		rec.report(key, CodeInvalidEmail, "", "%q is not an email address", v)
		return ""
	}
	domain := v[strings.LastIndex(v, "@")+1:]
	if !strings.Contains(domain, ".") || strings.HasPrefix(domain, "[") {
		rec.report(key, CodeInvalidEmail, "", "%q is not an email address with a domain name", v)
		return ""
	}
	return v
}

// link returns an http or https address. Any other scheme, such as
// javascript: or file:, is rejected, because the site would turn it
// into a link that runs or opens something other than a web page.
func (rec record) link(key string) string {
	v := rec.value(key)
	if v == "" {
		return ""
	}
	u, err := url.Parse(v)
	switch {
	case err == nil && u.Scheme != "" && !strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https"):
		rec.report(key, CodeUnsafeURL, "", "%q is a %s: link, not a web address", v, strings.ToLower(u.Scheme))
		return ""
	case err != nil || u.Scheme == "" || u.Host == "" || strings.ContainsAny(v, " \t\n"):
		fix := ""
		if err == nil && u.Scheme == "" {
			fix = "write the full address with https:// at the start, such as https://" + strings.TrimPrefix(v, "//")
		}
		rec.report(key, CodeInvalidURL, fix, "%q is not a full web address", v)
		return ""
	}
	return v
}

// timeOfDay returns a time as "HH:MM": a time stored as a fraction of a
// day, or a text such as 8:30, 08.30 or 08:30:00. 24:00 is accepted
// as the end of the day.
func (rec record) timeOfDay(key string) (string, bool) {
	c := rec.cells[key]
	if c.Value == "" {
		return "", false
	}
	if c.Numeric {
		f, _ := strconv.ParseFloat(c.Value, 64)
		if f >= 0 && f <= 1 {
			minutes := int(math.Round(f * 24 * 60))
			return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60), true
		}
	} else if m := timePattern.FindStringSubmatch(c.Value); m != nil {
		h, _ := strconv.Atoi(m[1])
		min, _ := strconv.Atoi(m[2])
		if (h < 24 && min < 60) || (h == 24 && min == 0) {
			return fmt.Sprintf("%02d:%02d", h, min), true
		}
	}
	rec.report(key, CodeInvalidTime, "", "%q is not a time of day", c.Value)
	return "", false
}

var timePattern = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})(?:[:.]00)?$`)
