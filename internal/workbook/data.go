package workbook

import (
	"fmt"
	"time"

	"github.com/panduan/panduan/internal/directory"
)

// rowValues are the cells of one row, by column key. A value is a
// string, a float64, an int, a time.Time (a date) or a bool (yes/no).
type rowValues map[string]any

// writeData fills every data sheet with the directory's rows.
func (wr *writer) writeData() error {
	d := wr.dir
	sheets := map[string][]rowValues{
		SheetCountries:     wr.countryRows(d.Countries),
		SheetAreas:         wr.areaRows(d.Areas),
		SheetTypes:         wr.typeRows(d.Types),
		SheetOrganisations: wr.organisationRows(d.Organisations),
		SheetServices:      wr.serviceRows(d.Services),
		SheetPhones:        wr.phoneRows(d.Services),
		SheetHours:         wr.hoursRows(d.Services),
		SheetHotlines:      wr.hotlineRows(d.Hotlines),
	}
	for i := range wr.sheets {
		s := &wr.sheets[i]
		if err := wr.writeRows(s, sheets[s.Key]); err != nil {
			return fmt.Errorf("failed to write sheet %s: %w", s.Key, err)
		}
	}
	return nil
}

// writeRows writes rows from row 2 on, each value in its key's column.
func (wr *writer) writeRows(s *Sheet, rows []rowValues) error {
	name := wr.name(s.Key)
	for r, values := range rows {
		for c, col := range s.Columns {
			v, ok := values[col.Key]
			if !ok {
				continue
			}
			cellRef := ref(c+1, r+2)
			if err := wr.setCell(name, cellRef, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// setCell writes one value. A date is written as a serial number, so
// that the column's date format shows it; excelize's own time writer
// would replace that format.
func (wr *writer) setCell(sheet, cellRef string, v any) error {
	switch v := v.(type) {
	case string:
		if v == "" {
			return nil
		}
		return wr.f.SetCellStr(sheet, cellRef, v)
	case float64:
		return wr.f.SetCellFloat(sheet, cellRef, v, -1, 64)
	case int:
		return wr.f.SetCellInt(sheet, cellRef, int64(v))
	case bool:
		return wr.f.SetCellStr(sheet, cellRef, wr.yesNo(v))
	case time.Time:
		if v.IsZero() {
			return nil
		}
		return wr.f.SetCellFloat(sheet, cellRef, excelSerial(v), -1, 64)
	}
	return fmt.Errorf("unsupported value %v of type %T in %s!%s", v, v, sheet, cellRef)
}

// excelSerial returns the serial number of a date in Excel's 1900 date
// system, which the template uses: days since 1899-12-30, valid from
// 1900-03-01 on.
func excelSerial(t time.Time) float64 {
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return float64(dateOnly(t).Sub(epoch) / (24 * time.Hour))
}

func (wr *writer) yesNo(v bool) string {
	code := "no"
	if v {
		code = "yes"
	}
	return wr.label(directory.YesNo, code)
}

// label returns the label of a term in the workbook's language, or the
// code itself for a term that the vocabulary does not have.
func (wr *writer) label(v directory.Vocabulary, code string) string {
	t, ok := v.Term(code)
	if !ok {
		return code
	}
	return wr.text(t.Label)
}

// putText adds the per-language cells of a text to a row.
func putText(row rowValues, fieldKey string, t directory.Text) {
	for _, lang := range directory.Languages {
		if t[lang] != "" {
			row[fieldKey+"_"+lang] = t[lang]
		}
	}
}

func (wr *writer) countryName(code string) string {
	for _, c := range wr.dir.Countries {
		if c.Code == code {
			return wr.text(c.Name)
		}
	}
	return code
}

func (wr *writer) areaName(code string) string {
	for _, a := range wr.dir.Areas {
		if a.Code == code {
			return wr.text(a.Name)
		}
	}
	return code
}

func (wr *writer) countryRows(countries []directory.Country) []rowValues {
	var rows []rowValues
	for _, c := range countries {
		row := rowValues{"code": c.Code}
		putText(row, "name", c.Name)
		rows = append(rows, row)
	}
	return rows
}

func (wr *writer) areaRows(areas []directory.Area) []rowValues {
	var rows []rowValues
	for _, a := range areas {
		row := rowValues{"country": wr.countryName(a.Country), "code": a.Code}
		putText(row, "name", a.Name)
		rows = append(rows, row)
	}
	return rows
}

func (wr *writer) typeRows(types []directory.Type) []rowValues {
	var rows []rowValues
	for _, t := range types {
		row := rowValues{"code": t.Code}
		putText(row, "label", t.Label)
		putText(row, "explanation", t.Explanation)
		rows = append(rows, row)
	}
	return rows
}

func (wr *writer) organisationRows(orgs []directory.Organisation) []rowValues {
	var rows []rowValues
	for _, o := range orgs {
		row := rowValues{"organisation_id": o.ID, "website": o.Website}
		putText(row, "name", o.Name)
		putText(row, "description", o.Description)
		rows = append(rows, row)
	}
	return rows
}

func (wr *writer) serviceRows(services []directory.Service) []rowValues {
	var rows []rowValues
	for _, s := range services {
		rows = append(rows, wr.serviceRow(s))
	}
	return rows
}

func (wr *writer) serviceRow(s directory.Service) rowValues {
	row := rowValues{
		"service_id":           s.ID,
		"organisation_id":      s.OrganisationID,
		"trafficking_specific": s.TraffickingSpecific,
		"country":              wr.countryName(s.Country),
		"area":                 wr.areaName(s.Area),
		"city":                 s.City,
		"street_address":       s.StreetAddress,
		"postal_code":          s.PostalCode,
		"confidential_address": s.ConfidentialAddress,
		"email":                s.Email,
		"website":              s.Website,
		"interpretation":       s.Interpretation,
		"cost":                 wr.label(directory.Cost, s.Cost),
		"last_verified":        s.LastVerified,
		"status":               wr.label(directory.Statuses, s.Status),
	}

	putText(row, "name", s.Name)
	putText(row, "hours", s.HoursText)
	putText(row, "documents", s.Documents)
	putText(row, "description", s.Description)
	putText(row, "how_to_access", s.HowToAccess)

	for _, t := range wr.dir.Types {
		row[typeKeyPrefix+t.Code] = contains(s.Types, t.Code)
	}
	for _, t := range directory.Eligibility {
		row[eligibilityKeyPrefix+t.Code] = contains(s.Eligibility, t.Code)
	}
	for _, t := range directory.Access {
		row[accessKeyPrefix+t.Code] = contains(s.Access, t.Code)
	}
	for i, lang := range s.Languages {
		row[fmt.Sprintf("language_%d", i+1)] = wr.label(directory.SpokenLanguages, lang)
	}

	if s.Latitude != nil && s.Longitude != nil {
		row["latitude"], row["longitude"] = *s.Latitude, *s.Longitude
	}
	if s.AgeMin != nil {
		row["age_min"] = *s.AgeMin
	}
	if s.AgeMax != nil {
		row["age_max"] = *s.AgeMax
	}

	if in, ok := wr.content.Internal[s.ID]; ok {
		row["internal_notes"], row["internal_contact"] = in.Notes, in.Contact
	}
	return row
}

// phoneNumber returns a number as the workbook shows it: in
// international format when it has one, else in E.164.
func phoneNumber(p directory.Phone) string {
	if p.International != "" {
		return p.International
	}
	return p.E164
}

func (wr *writer) phoneRows(services []directory.Service) []rowValues {
	var rows []rowValues
	for _, s := range services {
		for _, p := range s.Phones {
			rows = append(rows, rowValues{
				"service_id": s.ID,
				"kind":       wr.label(directory.PhoneKinds, p.Kind),
				"number":     phoneNumber(p),
			})
		}
	}
	return rows
}

func (wr *writer) hoursRows(services []directory.Service) []rowValues {
	var rows []rowValues
	for _, s := range services {
		for _, h := range s.Hours {
			rows = append(rows, rowValues{
				"service_id": s.ID,
				"day":        wr.label(directory.Days, h.Day),
				"opens":      h.Opens,
				"closes":     h.Closes,
			})
		}
	}
	return rows
}

func (wr *writer) hotlineRows(hotlines []directory.Hotline) []rowValues {
	var rows []rowValues
	for _, h := range hotlines {
		row := rowValues{"country": wr.countryName(h.Country), "number": phoneNumber(h.Phone)}
		putText(row, "name", h.Name)
		putText(row, "hours", h.Hours)
		for i, lang := range h.Languages {
			row[fmt.Sprintf("language_%d", i+1)] = wr.label(directory.SpokenLanguages, lang)
		}
		rows = append(rows, row)
	}
	return rows
}
