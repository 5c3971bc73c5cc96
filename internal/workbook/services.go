package workbook

import (
	"strings"

	"github.com/panduan/panduan/internal/directory"
)

func (m *model) readServices(t *table) {
	orgs := map[string]bool{}
	var orgIDs []string
	for _, o := range m.dir.Organisations {
		orgs[strings.ToUpper(o.ID)] = true
		orgIDs = append(orgIDs, o.ID)
	}
	for _, rec := range t.records {
		id, idOK := rec.id("service_id")
		if idOK && !m.firstUse(rec, "service_id", id) {
			continue
		}
		// A closed service is checked, but not warned about: it is
		// never published.
		status := rec.enum("status", directory.Statuses)
		rec.required("status")
		rec.skipWarnings = status == directory.StatusClosed
		s := m.readService(rec, orgs, orgIDs)
		s.ID, s.Status = id, status
		if idOK {
			m.services[strings.ToUpper(id)] = len(m.dir.Services)
			m.dir.Services = append(m.dir.Services, s)
			m.serviceRecs = append(m.serviceRecs, rec)
		}
	}
}

// readService reads every column of a service but its ID and status.
func (m *model) readService(rec record, orgs map[string]bool, orgIDs []string) directory.Service {
	var s directory.Service
	if org, ok := rec.required("organisation_id"); ok {
		if orgs[strings.ToUpper(org)] {
			s.OrganisationID = canonical(org, orgIDs)
		} else {
			rec.report("organisation_id", CodeUnknownOrg, suggestFix(org, orgIDs, ""), "unknown organisation %q", org)
		}
	}
	s.Name = m.requiredText(rec, "name")

	s.Types = rec.flags(typeKeyPrefix, m.dir.Types)
	if len(s.Types) == 0 && rec.cellRef("service_id") != "" {
		rec.report("service_id", CodeNoType, "", "the service has no type of assistance marked Yes")
	}
	s.TraffickingSpecific = rec.yesNo("trafficking_specific")

	s.Country = m.country(rec, "country")
	s.Area = m.area(rec, "area", s.Country)
	s.City = rec.value("city")
	s.StreetAddress = rec.value("street_address")
	s.PostalCode = rec.value("postal_code")
	s.ConfidentialAddress = rec.yesNo("confidential_address")
	s.Latitude, s.Longitude = rec.coordinates()

	s.Email = rec.email("email")
	s.Website = rec.link("website")
	s.HoursText = m.optionalText(rec, "hours")
	s.Languages = rec.languages(ServiceLanguageColumns)
	s.Interpretation = rec.yesNo("interpretation")

	s.Eligibility = rec.termFlags(eligibilityKeyPrefix, directory.Eligibility)
	s.AgeMin, s.AgeMax = rec.ages()
	s.Cost = rec.enum("cost", directory.Cost)
	s.Access = rec.termFlags(accessKeyPrefix, directory.Access)

	s.Documents = m.optionalText(rec, "documents")
	s.Description = m.requiredText(rec, "description")
	s.HowToAccess = m.optionalText(rec, "how_to_access")

	if _, ok := rec.required("last_verified"); ok {
		s.LastVerified, _ = rec.date("last_verified")
		m.checkVerified(rec, s)
	}
	return s
}

// canonical returns the spelling of id in ids, which matches it
// ignoring case.
func canonical(id string, ids []string) string {
	for _, s := range ids {
		if strings.EqualFold(s, id) {
			return s
		}
	}
	return id
}

// flags returns the codes of the types whose column holds yes.
func (rec record) flags(keyPrefix string, types []directory.Type) []string {
	var codes []string
	for _, t := range types {
		if rec.yesNo(keyPrefix + t.Code) {
			codes = append(codes, t.Code)
		}
	}
	return codes
}

// termFlags returns the codes of the terms whose column holds yes.
func (rec record) termFlags(keyPrefix string, v directory.Vocabulary) []string {
	var codes []string
	for _, t := range v {
		if rec.yesNo(keyPrefix + t.Code) {
			codes = append(codes, t.Code)
		}
	}
	return codes
}

// coordinates returns latitude and longitude, both or neither.
func (rec record) coordinates() (lat, lon *float64) {
	la, laOK := rec.number("latitude")
	lo, loOK := rec.number("longitude")
	if laOK && (la < -90 || la > 90) {
		rec.report("latitude", CodeCoordinateRange, "", "latitude %s is not between -90 and 90", rec.value("latitude"))
		laOK = false
	}
	if loOK && (lo < -180 || lo > 180) {
		rec.report("longitude", CodeCoordinateRange, "", "longitude %s is not between -180 and 180", rec.value("longitude"))
		loOK = false
	}
	latEmpty, lonEmpty := rec.value("latitude") == "", rec.value("longitude") == ""
	switch {
	case latEmpty && !lonEmpty:
		rec.report("latitude", CodeCoordinatePair, "", "the longitude is filled in but the latitude is missing")
		return nil, nil
	case lonEmpty && !latEmpty:
		rec.report("longitude", CodeCoordinatePair, "", "the latitude is filled in but the longitude is missing")
		return nil, nil
	case !laOK || !loOK:
		return nil, nil
	}
	return &la, &lo
}

// ages returns the minimum and maximum age, reporting a minimum above
// the maximum.
func (rec record) ages() (minAge, maxAge *int) {
	minAge, _ = rec.age("age_min")
	maxAge, _ = rec.age("age_max")
	if minAge != nil && maxAge != nil && *minAge > *maxAge {
		rec.report("age_min", CodeAgeRange, "", "the minimum age %d is greater than the maximum age %d", *minAge, *maxAge)
		return nil, nil
	}
	return minAge, maxAge
}

// checkVerified warns about a last_verified date that is more than 12
// months before today or after it.
func (m *model) checkVerified(rec record, s directory.Service) {
	if s.LastVerified.IsZero() || rec.skipWarnings {
		return
	}
	today := m.r.today
	switch {
	case s.LastVerified.Before(today.AddDate(-1, 0, 0)):
		rec.report("last_verified", CodeStale, "",
			"last verified on %s, more than 12 months before %s", s.LastVerified.Format("2006-01-02"), today.Format("2006-01-02"))
	case s.LastVerified.After(today):
		rec.report("last_verified", CodeFutureDate, "",
			"last verified on %s, which is after today (%s)", s.LastVerified.Format("2006-01-02"), today.Format("2006-01-02"))
	}
}

// service returns the index of the service that a cell refers to,
// reporting a missing or unknown ID.
func (m *model) service(rec record, key string) (int, bool) {
	id, ok := rec.required(key)
	if !ok {
		return 0, false
	}
	i, ok := m.services[strings.ToUpper(id)]
	if !ok {
		var ids []string
		for _, s := range m.dir.Services {
			ids = append(ids, s.ID)
		}
		rec.report(key, CodeUnknownService, suggestFix(id, ids, ""), "unknown service %q", id)
	}
	return i, ok
}

func (m *model) readPhones(t *table) {
	for _, rec := range t.records {
		i, known := m.service(rec, "service_id")
		region := ""
		if known {
			region = m.dir.Services[i].Country
		}
		kind := rec.enum("kind", directory.PhoneKinds)
		rec.required("kind")
		if _, ok := rec.required("number"); !ok {
			continue
		}
		p, ok := rec.phone("number", region, false)
		if ok && known && kind != "" {
			p.Kind = kind
			m.dir.Services[i].Phones = append(m.dir.Services[i].Phones, p)
		}
	}
}

func (m *model) readHours(t *table) {
	for _, rec := range t.records {
		i, known := m.service(rec, "service_id")
		day := rec.enum("day", directory.Days)
		rec.required("day")
		opens, opensOK := rec.requiredTime("opens")
		closes, closesOK := rec.requiredTime("closes")
		if opensOK && opens == "24:00" {
			rec.report("opens", CodeInvalidTime, "a day starts at 00:00", "24:00 is not an opening time")
			opensOK = false
		}
		if opensOK && closesOK && closes <= opens {
			rec.report("closes", CodeClosesBeforeOpen, "", "closes at %s, which is not after it opens at %s", closes, opens)
			closesOK = false
		}
		if known && day != "" && opensOK && closesOK {
			m.dir.Services[i].Hours = append(m.dir.Services[i].Hours,
				directory.OpeningHours{Day: day, Opens: opens, Closes: closes})
		}
	}
}

func (rec record) requiredTime(key string) (string, bool) {
	if _, ok := rec.required(key); !ok {
		return "", false
	}
	return rec.timeOfDay(key)
}

// checkServices warns about each published service without a phone
// number, email or website, once the Phones sheet is read.
func (m *model) checkServices() {
	for i, s := range m.dir.Services {
		if !s.Published() || len(s.Phones) > 0 || s.Email != "" || s.Website != "" {
			continue
		}
		m.serviceRecs[i].report("service_id", CodeNoContact, "",
			"service %s has no phone number on the Phones sheet, no email and no website", s.ID)
	}
}
