package gazetteer

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

var zzStates = map[string][]string{
	"ArabLeague": {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"},
	"Asia":       {"PAK", "IRN", "AFG", "JPN", "KOR", "IND", "CHN", "MNG", "BGD", "TUR", "AZE", "ISR"},
	"ASEAN":      {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"},
	"CIS":        {"RUS", "BLR", "KAZ", "KGZ", "TJK", "UZB", "TKM", "ARM", "MDA", "UKR", "GEO"},
	"Africa":     {"NGA", "ETH", "KEN", "ZAF", "SEN", "GHA", "AGO", "COD", "TZA", "CIV"},
	"West":       {"GBR", "FRA", "DEU", "ITA", "ESP", "POL", "CAN", "USA", "NLD", "BEL", "BRA"},
}

func TestZZGaps(t *testing.T) {
	g := gaz(t)
	dates := []graph.Date{date(2016, 1, 1), date(2019, 1, 1), date(2022, 1, 1), date(2024, 6, 1)}
	kinds := []string{"head-of-state", "head-of-government", "foreign-minister"}
	var sb strings.Builder
	regions := []string{"ArabLeague", "Asia", "ASEAN", "CIS", "Africa", "West"}
	total := 0
	for _, r := range regions {
		for _, iso := range zzStates[r] {
			var miss []string
			for _, k := range kinds {
				var ds []string
				for _, d := range dates {
					if _, ok := g.Holder(k+":"+iso, d); !ok {
						ds = append(ds, d.String()[:7])
						total++
					}
				}
				if len(ds) > 0 {
					ab := map[string]string{"head-of-state": "HoS", "head-of-government": "HoG", "foreign-minister": "FM"}[k]
					miss = append(miss, ab+"["+strings.Join(ds, ",")+"]")
				}
			}
			// monthly coverage gaps 2015-01..2025-06
			var mg []string
			for _, k := range kinds {
				var runs []string
				start := ""
				prev := ""
				for y := 2015; y <= 2025; y++ {
					for m := 1; m <= 12; m++ {
						if y == 2025 && m > 6 {
							break
						}
						d := date(y, time.Month(m), 15)
						_, ok := g.Holder(k+":"+iso, d)
						s := fmt.Sprintf("%d-%02d", y, m)
						if !ok && start == "" {
							start = s
						}
						if ok && start != "" {
							runs = append(runs, start+".."+prev)
							start = ""
						}
						prev = s
					}
				}
				if start != "" {
					runs = append(runs, start+".."+prev)
				}
				if len(runs) > 0 {
					mg = append(mg, k+":"+strings.Join(runs, " "))
				}
			}
			fmt.Fprintf(&sb, "%s\t%s\t%s\t|| %s\n", r, iso, strings.Join(miss, " "), strings.Join(mg, " ; "))
		}
	}
	fmt.Fprintf(&sb, "TOTAL missing (state,kind,date) cells: %d\n", total)
	os.WriteFile(os.Getenv("ZZ_OUT"), []byte(sb.String()), 0o644)
}
