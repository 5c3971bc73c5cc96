package workbook

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/nyaruka/phonenumbers"

	"github.com/panduan/panduan/internal/directory"
)

// shortCode is a hotline short code that is dialled as it is.
var shortCode = regexp.MustCompile(`^\d{3,5}$`)

// phone returns the validated phone number of a cell. region is the ISO
// 3166-1 code of the country that a national number belongs to. It is
// "" when the country is unknown and already reported, and then only a
// number with its country code is checked. allowShort accepts a short
// code of 3 to 5 digits.
func (rec record) phone(key, region string, allowShort bool) (directory.Phone, bool) {
	c := rec.cells[key]
	if c.Value == "" {
		return directory.Phone{}, false
	}
	if c.Numeric {
		return rec.numericPhone(key, region, allowShort)
	}
	if allowShort && shortCode.MatchString(c.Value) {
		return shortPhone(c.Value), true
	}
	if region == "" && !strings.HasPrefix(c.Value, "+") {
		return directory.Phone{}, false
	}
	num, err := phonenumbers.Parse(c.Value, region)
	if err != nil || !phonenumbers.IsValidNumber(num) {
		rec.report(key, CodeInvalidPhone, rec.phoneFix(region, allowShort),
			"%q is not a valid phone number%s", c.Value, forRegion(region))
		return directory.Phone{}, false
	}
	return formatPhone(num), true
}

// numericPhone reads a phone number that the spreadsheet stored as a
// number, which drops a leading zero or plus sign. The raw value is
// read, never the displayed form such as 6.62555E+09. It tries the
// digits as an international number, then with the lost zero, then as
// they are, and warns with the number it read.
func (rec record) numericPhone(key, region string, allowShort bool) (directory.Phone, bool) {
	raw := rec.value(key)
	f, _ := strconv.ParseFloat(raw, 64)
	digits := strconv.FormatFloat(f, 'f', -1, 64)
	if allowShort && shortCode.MatchString(digits) {
		return shortPhone(digits), true
	}
	for _, candidate := range phoneCandidates(digits, region) {
		num, err := phonenumbers.Parse(candidate, region)
		if err != nil || !phonenumbers.IsValidNumber(num) {
			continue
		}
		p := formatPhone(num)
		rec.report(key, CodePhoneAsNumber, "format the cell as Text and type "+p.International,
			"phone number %s is stored as a number, so it was read as %s", digits, p.International)
		return p, true
	}
	rec.report(key, CodeInvalidPhone, "format the cell as Text and type the full number with its + and country code",
		"phone number %s is stored as a number, which dropped its leading zero or plus sign, and is not valid%s as it is",
		digits, forRegion(region))
	return directory.Phone{}, false
}

// phoneCandidates returns the numbers that digits may have been before
// the spreadsheet dropped a plus sign or a leading zero. Digits that
// start with the country's calling code most likely lost a plus sign.
func phoneCandidates(digits, region string) []string {
	cc := phonenumbers.GetCountryCodeForRegion(region)
	if cc != 0 && strings.HasPrefix(digits, strconv.Itoa(cc)) {
		return []string{"+" + digits, "0" + digits, digits}
	}
	return []string{"0" + digits, digits, "+" + digits}
}

func (rec record) phoneFix(region string, allowShort bool) string {
	fix := CodeInvalidPhone.Fix
	if region != "" {
		if cc := phonenumbers.GetCountryCodeForRegion(region); cc != 0 {
			fix = "write the full number with the country code +" + strconv.Itoa(cc)
		}
	}
	if allowShort {
		fix += ", or a short code of 3 to 5 digits"
	}
	return fix
}

func forRegion(region string) string {
	if region == "" {
		return ""
	}
	return " in " + region
}

func formatPhone(num *phonenumbers.PhoneNumber) directory.Phone {
	return directory.Phone{
		E164:          phonenumbers.Format(num, phonenumbers.E164),
		National:      phonenumbers.Format(num, phonenumbers.NATIONAL),
		International: phonenumbers.Format(num, phonenumbers.INTERNATIONAL),
	}
}

func shortPhone(digits string) directory.Phone {
	return directory.Phone{E164: digits, National: digits, International: digits}
}

// knownRegion reports whether code is a region whose phone numbers can
// be checked. phonenumbers has metadata for every ISO 3166-1 alpha-2
// country that has a telephone numbering plan.
func knownRegion(code string) bool {
	return phonenumbers.GetCountryCodeForRegion(code) != 0
}
