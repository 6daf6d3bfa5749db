package graph

import "testing"

func TestCameoCodes(t *testing.T) {
	for _, tc := range []struct {
		name                         string
		channel, status, party, host string
		bilateral, hostIsParty       bool
		want                         string
	}{
		{"call", ChannelPhone, StatusHeld, "state:RUS", "", true, false, CameoTelephone},
		{"planned", "", StatusPlanned, "state:RUS", "state:KAZ", false, true, CameoIntentToMeet},
		{"host", "", StatusHeld, "state:KAZ", "state:KAZ", false, true, CameoHostVisit},
		{"visitor", "", StatusHeld, "state:RUS", "state:KAZ", false, true, CameoVisit},
		{"third country", "", StatusHeld, "state:TUR", "state:USA", true, false, CameoThirdPlace},
		{"no host", "", StatusHeld, "state:TUR", "", false, false, CameoThirdPlace},
		{"video", ChannelVideo, StatusHeld, "state:IND", "state:IND", false, true, CameoConsult},
		{"unknown party", "", StatusHeld, "", "state:KAZ", false, true, CameoConsult},
	} {
		got := ParticipationCameo(tc.channel, tc.status, tc.party, tc.host, tc.bilateral, tc.hostIsParty)
		if got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
	if got := MeetingCameo(ChannelPhone, StatusHeld); got != CameoTelephone {
		t.Errorf("call meeting: %s", got)
	}
	if got := MeetingCameo("", StatusExpected); got != CameoIntentToMeet {
		t.Errorf("expected meeting: %s", got)
	}
	if got := MeetingCameo("", StatusHeld); got != CameoConsult {
		t.Errorf("held meeting: %s", got)
	}
}
