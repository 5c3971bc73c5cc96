package hsds

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/panduan/panduan/internal/directory"
)

// tables collects the rows of one language's export by HSDS resource name.
// A row whose id is already in its table is dropped. Equal names give
// equal UUIDs, which happens only when a service lists the same phone,
// language or code twice.
type tables struct {
	rows map[string][]row
	ids  map[string]bool
}

func (t *tables) add(resource string, r row) {
	key := resource + " " + r["id"]
	if t.ids[key] {
		return
	}
	t.ids[key] = true
	t.rows[resource] = append(t.rows[resource], r)
}

// builder turns a directory into the rows of one language.
type builder struct {
	d     *directory.Directory
	lang  string
	terms map[string][]term
	idx   directory.Index

	out tables
}

func newBuilder(d *directory.Directory, lang string) *builder {
	return &builder{
		d:     d,
		lang:  lang,
		terms: taxonomyTerms(d),
		idx:   directory.NewIndex(d),
		out:   tables{rows: map[string][]row{}, ids: map[string]bool{}},
	}
}

// text resolves t to the builder's language, falling back to English.
func (b *builder) text(t directory.Text) string {
	s, _ := t.In(b.lang)
	return s
}

func (b *builder) label(v directory.Vocabulary, code string) string {
	t, _ := v.Term(code)
	return b.text(t.Label)
}

func (b *builder) labels(v directory.Vocabulary, codes []string) []string {
	out := make([]string, 0, len(codes))
	for _, code := range codes {
		out = append(out, b.label(v, code))
	}
	return out
}

// build fills the tables. Services are taken in ID order and
// organisations in ID order, so the files do not depend on the order of
// the workbook's rows.
func (b *builder) build() (map[string][]row, error) {
	var services []directory.Service
	for _, s := range b.d.Services {
		if s.Published() {
			services = append(services, s.Public())
		}
	}
	slices.SortFunc(services, func(x, y directory.Service) int { return cmp.Compare(x.ID, y.ID) })

	if err := b.organisations(services); err != nil {
		return nil, err
	}
	b.taxonomies()
	for _, s := range services {
		if err := b.service(s); err != nil {
			return nil, err
		}
	}
	return b.out.rows, nil
}

// organisations adds the organisations that run at least one published
// service. HSDS requires every service to name its organisation, so a
// service without a known one is an error.
func (b *builder) organisations(services []directory.Service) error {
	used := map[string]bool{}
	for _, s := range services {
		if _, ok := b.idx.Organisations[s.OrganisationID]; !ok {
			return fmt.Errorf("service %s names the organisation %q, which the directory does not define. HSDS requires an organisation for every service", s.ID, s.OrganisationID)
		}
		used[s.OrganisationID] = true
	}

	ids := make([]string, 0, len(used))
	for id := range used {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		o := b.idx.Organisations[id]
		name := b.text(o.Name)
		description := b.text(o.Description)
		if description == "" {
			// HSDS requires a description.
			description = name
		}
		b.out.add("organization", row{
			"id":          newID("organization", o.ID),
			"name":        name,
			"description": description,
			"website":     o.Website,
		})
	}
	return nil
}

// taxonomies adds panduan's taxonomies and all their terms.
func (b *builder) taxonomies() {
	for _, tx := range taxonomies {
		taxonomyID := newID("taxonomy", tx.Key)
		b.out.add("taxonomy", row{
			"id":          taxonomyID,
			"name":        b.text(tx.Name),
			"description": b.text(tx.Description),
		})
		for _, t := range b.terms[tx.Key] {
			name := b.text(t.Name)
			description := b.text(t.Description)
			if description == "" {
				// HSDS requires a description.
				description = name
			}
			b.out.add("taxonomy_term", row{
				"id":          termID(tx.Key, t.Code),
				"code":        tx.Key + ":" + t.Code,
				"name":        name,
				"description": description,
				"language":    b.lang,
				"taxonomy_id": taxonomyID,
			})
		}
	}
}

func termID(taxonomyKey, code string) string {
	return newID("taxonomy_term", taxonomyKey, code)
}

// hsdsStatus maps a published service's status to HSDS's service status.
var hsdsStatus = map[string]string{
	directory.StatusActive:            "active",
	directory.StatusTemporarilyClosed: "temporarily closed",
}

// service adds a published service, which has passed through
// directory.Service.Public, and the rows that hang off it.
func (b *builder) service(s directory.Service) error {
	status, ok := hsdsStatus[s.Status]
	if !ok {
		return fmt.Errorf("service %s has the status %q, which HSDS cannot express", s.ID, s.Status)
	}
	serviceID := newID("service", s.ID)

	r := row{
		"id":                      serviceID,
		"organization_id":         newID("organization", s.OrganisationID),
		"name":                    b.text(s.Name),
		"description":             b.text(s.Description),
		"url":                     s.Website,
		"email":                   s.Email,
		"status":                  status,
		"application_process":     b.text(s.HowToAccess),
		"eligibility_description": strings.Join(b.labels(directory.Eligibility, s.Eligibility), ", "),
	}
	if s.Interpretation {
		r["interpretation_services"] = b.text(featureDescription(featureInterpretation))
	}
	if s.Cost != "" {
		r["fees_description"] = b.label(directory.Cost, s.Cost)
	}
	if s.AgeMin != nil {
		r["minimum_age"] = strconv.Itoa(*s.AgeMin)
	}
	if s.AgeMax != nil {
		r["maximum_age"] = strconv.Itoa(*s.AgeMax)
	}
	if !s.LastVerified.IsZero() {
		r["assured_date"] = s.LastVerified.Format(time.DateOnly)
	}
	if s.Status == directory.StatusTemporarilyClosed {
		r["alert"] = b.label(directory.Statuses, s.Status)
	}
	b.out.add("service", r)

	b.location(s, serviceID)
	b.phones(s, serviceID)
	b.schedules(s, serviceID)
	b.languages(s, serviceID)
	b.serviceArea(s, serviceID)
	if doc := b.text(s.Documents); doc != "" {
		b.out.add("required_document", row{
			"id":         newID("required_document", s.ID),
			"service_id": serviceID,
			"document":   doc,
		})
	}
	b.attributes(s, serviceID)
	return nil
}

// location adds the place where the service is delivered, with its
// address when HSDS's required address parts are all known. A service with
// a confidential address arrives here without city, street, postal code
// and coordinates, so it gets no location. Its area is in service_area.
func (b *builder) location(s directory.Service, serviceID string) {
	hasGeo := s.Latitude != nil && s.Longitude != nil
	if s.StreetAddress == "" && s.City == "" && s.PostalCode == "" && !hasGeo {
		return
	}

	locationID := newID("location", s.ID)
	loc := row{
		"id":              locationID,
		"location_type":   "physical",
		"organization_id": newID("organization", s.OrganisationID),
		"name":            b.text(s.Name),
	}
	if hasGeo {
		loc["latitude"] = strconv.FormatFloat(*s.Latitude, 'f', -1, 64)
		loc["longitude"] = strconv.FormatFloat(*s.Longitude, 'f', -1, 64)
	}

	complete := s.StreetAddress != "" && s.City != "" && s.PostalCode != ""
	if complete {
		b.out.add("address", row{
			"id":             newID("address", s.ID),
			"location_id":    locationID,
			"address_1":      s.StreetAddress,
			"city":           s.City,
			"state_province": b.text(b.idx.Areas[s.Area].Name),
			"postal_code":    s.PostalCode,
			"country":        s.Country,
			"address_type":   "physical",
		})
	} else {
		// HSDS's address table requires street, city and postal code, so
		// an incomplete address goes into the location's description.
		var parts []string
		for _, p := range []string{s.StreetAddress, s.City, s.PostalCode} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		loc["description"] = strings.Join(parts, ", ")
	}
	b.out.add("location", loc)

	b.out.add("service_at_location", row{
		"id":          newID("service_at_location", s.ID),
		"service_id":  serviceID,
		"location_id": locationID,
	})
}

// phoneTypes maps phone kinds to the RFC 6350 types that HSDS uses.
var phoneTypes = map[string]string{
	directory.PhoneHotline:  "voice",
	directory.PhoneMain:     "voice",
	directory.PhoneSMS:      "text",
	directory.PhoneWhatsApp: "text",
}

func (b *builder) phones(s directory.Service, serviceID string) {
	for _, p := range s.Phones {
		b.out.add("phone", row{
			"id":          newID("phone", s.ID, p.Kind, p.E164),
			"service_id":  serviceID,
			"number":      p.E164,
			"type":        phoneTypes[p.Kind],
			"description": b.label(directory.PhoneKinds, p.Kind),
		})
	}
}

// rruleDays maps day codes to RFC 5545 BYDAY values.
var rruleDays = map[string]string{
	"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU",
}

// schedules adds one weekly schedule per opening period, with the days
// that share it in BYDAY. Services without structured hours get none.
//
// Times are local, with the area's UTC offset in the timezone column,
// because the tabular format's time type is "HH:MM:SS" without an offset.
// HSDS reads a schedule without a timezone as UTC, so a service whose
// offset utcOffset does not know gets no schedule rather than wrong hours.
func (b *builder) schedules(s directory.Service, serviceID string) {
	offset, ok := utcOffset(s.Country, s.Area)
	if !ok || len(s.Hours) == 0 {
		// NOTE: this drops the structured hours of services outside the
		// countries that timezone.go lists.
		return
	}

	type period struct{ opens, closes string }
	days := map[period][]string{}
	var order []period
	for _, h := range s.Hours {
		p := period{h.Opens, h.Closes}
		if _, seen := days[p]; !seen {
			order = append(order, p)
		}
		if !slices.Contains(days[p], h.Day) {
			days[p] = append(days[p], h.Day)
		}
	}
	slices.SortFunc(order, func(x, y period) int {
		return cmp.Or(cmp.Compare(x.opens, y.opens), cmp.Compare(x.closes, y.closes))
	})

	for _, p := range order {
		var byday []string
		for _, code := range directory.Days.Codes() {
			if slices.Contains(days[p], code) {
				byday = append(byday, rruleDays[code])
			}
		}
		b.out.add("schedule", row{
			"id":          newID("schedule", s.ID, p.opens+"-"+p.closes),
			"service_id":  serviceID,
			"timezone":    formatOffsetHours(offset),
			"freq":        "WEEKLY",
			"byday":       strings.Join(byday, ","),
			"opens_at":    clockTime(p.opens),
			"closes_at":   clockTime(p.closes),
			"description": b.text(s.HoursText),
		})
	}
}

// clockTime turns the workbook's "HH:MM" into HSDS's "HH:MM:SS". The
// workbook's closing time "24:00" becomes "23:59:59", because the time
// type of HSDS's tabular format allows hours 00 to 23 only.
func clockTime(hhmm string) string {
	if hhmm == "24:00" {
		return "23:59:59"
	}
	return hhmm + ":00"
}

func (b *builder) languages(s directory.Service, serviceID string) {
	for _, code := range s.Languages {
		b.out.add("language", row{
			"id":         newID("language", s.ID, code),
			"service_id": serviceID,
			"name":       b.label(directory.SpokenLanguages, code),
			"code":       code,
		})
	}
}

func (b *builder) serviceArea(s directory.Service, serviceID string) {
	b.out.add("service_area", row{
		"id":          newID("service_area", s.ID, s.Area),
		"service_id":  serviceID,
		"name":        b.text(b.idx.Areas[s.Area].Name) + ", " + b.text(b.idx.Countries[s.Country].Name),
		"description": "ISO 3166-2: " + s.Area,
	})
}

// attributes links the service to the terms of panduan's taxonomies.
func (b *builder) attributes(s directory.Service, serviceID string) {
	link := func(taxonomyKey, code string) {
		b.out.add("attribute", row{
			"id":               newID("attribute", s.ID, taxonomyKey, code),
			"link_id":          serviceID,
			"taxonomy_term_id": termID(taxonomyKey, code),
			"link_type":        taxonomyKey,
			"link_entity":      "service",
		})
	}
	for _, code := range s.Types {
		link(taxonomyTypes, code)
	}
	for _, code := range s.Eligibility {
		link(taxonomyEligibility, code)
	}
	for _, code := range s.Access {
		link(taxonomyAccess, code)
	}
	if s.Cost != "" {
		link(taxonomyCost, s.Cost)
	}
	if s.TraffickingSpecific {
		link(taxonomyFeatures, featureTraffickingSpecific)
	}
	if s.Interpretation {
		link(taxonomyFeatures, featureInterpretation)
	}
	if s.ConfidentialAddress {
		link(taxonomyFeatures, featureConfidentialAddress)
	}
}
