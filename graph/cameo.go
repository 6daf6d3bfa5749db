package graph

// Meeting channels: Meeting.channel (docs/MODEL-EXTENSIONS.md). A meeting
// without the property was held (or is planned) in person.
const (
	ChannelPhone = "PHONE" // a telephone call
	ChannelVideo = "VIDEO" // held by video link
)

// CAMEO event codes of meetings and of taking part in them (Schrodt,
// Gerner and Yilmaz, "CAMEO Conflict and Mediation Event Observations
// Event and Actor Codebook", version 1.1b3, March 2012: 036 and section 04
// "Consult").
const (
	CameoIntentToMeet = "036" // express intent to meet or negotiate
	CameoConsult      = "040" // consult, not specified below
	CameoTelephone    = "041" // discuss by telephone
	CameoVisit        = "042" // make a visit
	CameoHostVisit    = "043" // host a visit
	CameoThirdPlace   = "044" // meet at a "third" location
)

// MeetingCameo codes a meeting from its channel and status: a call 041, a
// meeting not held (yet) 036, else 040. The codes that depend on the party
// (visit 042, host 043, third location 044) are ParticipationCameo's.
func MeetingCameo(channel, status string) string {
	switch {
	case channel == ChannelPhone:
		return CameoTelephone
	case status != StatusHeld:
		return CameoIntentToMeet
	}
	return CameoConsult
}

// ParticipationCameo codes one party's taking part in a meeting: a call
// 041 and a meeting not held (yet) 036 as for the meeting; else, when the
// host state is known, 043 for the host and 042 for a party from another
// state (a visit to the host); with no known host, or a host that is no
// party to a bilateral meeting (talks in a third country), 044. party is
// the state the participant is or represents ("" when unknown: 040).
func ParticipationCameo(channel, status, party, host string, bilateral, hostIsParty bool) string {
	switch {
	case channel == ChannelPhone:
		return CameoTelephone
	case status != StatusHeld:
		return CameoIntentToMeet
	case channel == ChannelVideo || party == "":
		return CameoConsult
	case host == "":
		return CameoThirdPlace
	case party == host:
		return CameoHostVisit
	case bilateral && !hostIsParty:
		return CameoThirdPlace
	}
	return CameoVisit
}
