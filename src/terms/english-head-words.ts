/**
 * English head words that type a candidate term. Data only.
 *
 * Compiled by hand for bitext-tm from the patterns of English used by Chinese
 * government and news sites (official titles, organisation and place names),
 * the list given in issue 6, and standard English organisational vocabulary.
 * Matching is case-sensitive on the first letter (heads are capitalised in
 * names) except where noted. Multiword heads are matched longest first.
 */

/**
 * Title heads: a capitalised title that starts a title term ("Deputy
 * Director-General of …", "Ambassador to …"). Modifiers such as "Deputy" or
 * "Executive Vice" are listed with their head so that "Deputy Director-General"
 * is one head.
 */
export const ENGLISH_TITLE_HEADS: readonly string[] = [
  'Director-General', 'Deputy Director-General', 'Director General', 'Deputy Director General',
  'Director', 'Deputy Director', 'Executive Director',
  'Consul-General', 'Consul General', 'Deputy Consul-General', 'Consul',
  'Ambassador', 'Minister', 'Vice Minister', 'Deputy Minister', 'Counsellor', 'Counselor',
  'Chairman', 'Vice Chairman', 'Deputy Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Vice Chair',
  'President', 'Vice President', 'Executive Vice President',
  'Secretary', 'Deputy Secretary', 'Secretary-General', 'Deputy Secretary-General', 'Party Secretary',
  'Mayor', 'Vice Mayor', 'Deputy Mayor', 'Executive Vice Mayor',
  'District Mayor', 'Vice District Mayor', 'Executive Vice District Mayor', 'County Mayor',
  'Governor', 'Vice Governor', 'Deputy Governor', 'Premier', 'Vice Premier',
  'Dean', 'Vice Dean', 'Associate Dean', 'Professor', 'Associate Professor',
  'Commissioner', 'Deputy Commissioner', 'Chief Executive',
  'Head', 'Deputy Head', 'Chief', 'Deputy Chief', 'Spokesperson', 'Spokesman',
  'General Manager', 'Deputy General Manager',
];

/** Organisation heads: the last word(s) of an organisation name. */
export const ENGLISH_ORG_HEADS: readonly string[] = [
  'Office', 'Offices', 'Law Offices', 'Committee', 'Commission', 'Bureau', 'University', 'Association',
  'Government', 'Center', 'Centre', 'Park', 'Group', 'Co.', 'Ltd.', 'Ltd', 'LTD', 'LTD.', 'Inc.', 'Company',
  'Corporation', 'Council', 'Congress', 'Ministry', 'Department', 'Agency', 'Chamber', 'Branch',
  'Secretariat', 'League', 'Organization', 'Organisation', 'Consulate', 'Consulate General',
  'Consulate-General', 'Embassy', 'Base', 'Team', 'School', 'Institute', 'College', 'Division',
  'Federation', 'Society', 'Foundation', 'Bank', 'Court', 'Procuratorate', 'Academy', 'Administration',
  'Authority', 'Board', 'Union', 'Alliance', 'Club', 'Hospital', 'Museum', 'Library', 'Firm',
];

/** Place heads: the last word(s) of a place name. */
export const ENGLISH_PLACE_HEADS: readonly string[] = [
  'District', 'County', 'City', 'Province', 'Township', 'Town', 'Village', 'Oblast', 'Region',
  'Prefecture', 'Municipality', 'New Area', 'Zone', 'State', 'SAR', 'Autonomous Region', 'Subdistrict',
];

/** Event and document heads: named forums, meetings, contests, declarations, plans. */
export const ENGLISH_EVENT_HEADS: readonly string[] = [
  'Forum', 'Conference', 'Seminar', 'Symposium', 'Summit', 'Contest', 'Competition', 'Ceremony',
  'Festival', 'Fair', 'Expo', 'Exhibition', 'Dialogue', 'Declaration', 'Initiative', 'Plan',
  'Agreement', 'Programme', 'Program', 'Workshop', 'Games', 'Week',
];

/**
 * Words that join the parts of one name ("Office of the …", "Association for
 * Friendship with …", "Chamber of Commerce and Industry", "Ambassador to …").
 */
export const ENGLISH_NAME_CONNECTORS: readonly string[] = ['of', 'the', 'for', 'and', 'on', 'in', 'to', 'with', '&'];

/**
 * Capitalised function words that open a sentence: dropped from the start of
 * a name ("The Forum was …", "In addition, …").
 */
export const ENGLISH_SENTENCE_OPENERS: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'And', 'To', 'With', 'By', 'From', 'During', 'After',
  'Before', 'Since', 'Under', 'As', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'These', 'Those',
  'His', 'Her', 'Their', 'Our', 'Its', 'All', 'Over', 'Nearly', 'About', 'Meanwhile', 'Source',
];

/**
 * Capitalised words that are never part of a personal name (so "Municipal
 * Government" is not read as a name). Title and organisation heads are added
 * to this set by the candidate finder.
 */
export const ENGLISH_NON_NAME_WORDS: readonly string[] = [
  // modifiers of titles and organisation names
  'Municipal', 'Provincial', 'People’s', "People's", 'National', 'Standing', 'Executive', 'Vice', 'Deputy',
  'Leading', 'Party', 'Foreign', 'Affairs', 'International', 'Development', 'Economic', 'Trade', 'Investment',
  // dates
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];
