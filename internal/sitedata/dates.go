package sitedata

import (
	"fmt"
	"time"
)

var months = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"id": {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"},
	"ms": {"Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"},
	"th": {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"},
}

// buddhistEraOffset converts a Gregorian year to the Buddhist era that
// Thai readers use (2026 is 2569).
const buddhistEraOffset = 543

// FormatDate formats a date as readers of lang write it: "15 September
// 2026", Malay "15 Ogos 2026", Vietnamese "15 tháng 9 năm 2026" and Thai
// "15 กันยายน 2569" in the Buddhist era.
func FormatDate(t time.Time, lang string) string {
	day, month, year := t.Day(), t.Month(), t.Year()
	switch lang {
	case "vi":
		return fmt.Sprintf("%d tháng %d năm %d", day, month, year)
	case "th":
		return fmt.Sprintf("%d %s %d", day, months["th"][month-1], year+buddhistEraOffset)
	}
	names, ok := months[lang]
	if !ok {
		names = months["en"]
	}
	return fmt.Sprintf("%d %s %d", day, names[month-1], year)
}
