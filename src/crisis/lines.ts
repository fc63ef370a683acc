/**
 * The built-in crisis lines: each checked against a stored copy of its official source (the
 * service's own page, or a government or EU page) on `verifiedOn`. Names and notes are in the
 * locales (`crisis.<id>.name`, `crisis.<id>.notes`); docs/crisis.md lists each source and what
 * is still wanted.
 *
 * @internal
 * @module
 */
import type { CrisisLineId } from "./ids.js";

/** @internal A built-in entry, before its name and notes are localized. */
export interface CrisisEntry {
  readonly region: string;
  readonly kind: "emergency" | "crisis-line";
  readonly audience: "general" | "youth";
  readonly number: string;
  readonly reach: readonly ("call" | "text" | "email")[];
  readonly email?: string;
  readonly hours?: string;
  readonly source: string;
  readonly verifiedOn: string;
}

const ON = "2026-12-01";
const call = ["call"] as const;

/** @internal Every built-in entry, by id (the compiler checks that every id has exactly one). */
export const ENTRIES: { readonly [I in CrisisLineId]: CrisisEntry } = {
  "us-911": { region: "US", kind: "emergency", audience: "general", number: "911", reach: call, source: "https://www.911.gov/911issues.html", verifiedOn: ON },
  "us-988": {
    region: "US", kind: "crisis-line", audience: "general", number: "988", reach: ["call", "text"], hours: "24/7",
    source: "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline", verifiedOn: ON,
  },
  "gb-999": { region: "GB", kind: "emergency", audience: "general", number: "999", reach: call, source: "https://www.lpft.nhs.uk/contact-us/need-help-now", verifiedOn: ON },
  "gb-nhs-111": { region: "GB", kind: "crisis-line", audience: "general", number: "111", reach: call, hours: "24/7", source: "https://tewv.nhs.uk/services/crisis-advice", verifiedOn: ON },
  "gb-samaritans": {
    region: "GB", kind: "crisis-line", audience: "general", number: "116 123", reach: call, hours: "24/7", source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/", verifiedOn: ON,
  },
  "ie-999": { region: "IE", kind: "emergency", audience: "general", number: "999", reach: call, source: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/", verifiedOn: ON },
  "eu-112": { region: "EU", kind: "emergency", audience: "general", number: "112", reach: call, source: "http://europa.eu/rapid/press-release_IP-08-1342_en.htm", verifiedOn: ON },
  "au-000": { region: "AU", kind: "emergency", audience: "general", number: "000", reach: call, source: "http://www.triplezero.gov.au/Pages/Usingotheremergencynumbers.aspx", verifiedOn: ON },
  "au-lifeline": {
    region: "AU", kind: "crisis-line", audience: "general", number: "13 11 14", reach: call, hours: "24/7", source: "https://www.health.vic.gov.au/mental-health-services/telephone-and-online-services", verifiedOn: ON,
  },
  "nz-111": { region: "NZ", kind: "emergency", audience: "general", number: "111", reach: call, source: "https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/", verifiedOn: ON },
  // The TelefonSeelsorge is run by the Protestant and Catholic churches: checked against a page of
  // one of its carrying bodies (telefonseelsorge.de itself was stored only as a press release).
  "de-telefonseelsorge": {
    region: "DE", kind: "crisis-line", audience: "general", number: "0800 111 0 111", reach: call, hours: "24/7",
    source: "https://caritas.drs.de/diakonische-pastoral-verschiedene-handlungsfelder/telefonseelsorge-ts/hilfe-durch-ts.html", verifiedOn: ON,
  },
  "at-telefonseelsorge": {
    region: "AT", kind: "crisis-line", audience: "general", number: "142", reach: call, hours: "24/7",
    source: "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/informationen_fuer_konsumenten/TKKS_Notrufe.de.html", verifiedOn: ON,
  },
  "ch-112": {
    region: "CH", kind: "emergency", audience: "general", number: "112", reach: call,
    source: "https://www.bakom.admin.ch/bakom/de/home/telekommunikation/nuetzliche-infos/0900-0901-0906-nummern-die-mehr-kosten/weitere-nummern-kostenpflichtig-oder-gratis.html", verifiedOn: ON,
  },
  "ch-143": {
    region: "CH", kind: "crisis-line", audience: "general", number: "143", reach: call,
    source: "https://www.bakom.admin.ch/bakom/de/home/telekommunikation/nuetzliche-infos/0900-0901-0906-nummern-die-mehr-kosten/weitere-nummern-kostenpflichtig-oder-gratis.html", verifiedOn: ON,
  },
  "fr-3114": { region: "FR", kind: "crisis-line", audience: "general", number: "3114", reach: call, hours: "24/7", source: "https://www.service-public.fr/particuliers/actualites/A15206", verifiedOn: ON },
  // A municipal government page quoting the state's attribution of 024 (BOE no. 303, 20 December 2021).
  "es-024": { region: "ES", kind: "crisis-line", audience: "general", number: "024", reach: call, source: "https://www.carballo.org/benestar/novas.php?id=8114&idioma=gl&sec=320", verifiedOn: ON },
  "be-cps": { region: "BE", kind: "crisis-line", audience: "general", number: "0800 32 123", reach: call, hours: "24/7", source: "http://www.preventionsuicide.be/fr/activitescps/ligne0800.html", verifiedOn: ON },
  "be-1813": { region: "BE", kind: "crisis-line", audience: "general", number: "1813", reach: call, hours: "24/7", source: "https://zelfmoord1813.be/blog/chat-zelfmoordlijn-langer-geopend", verifiedOn: ON },
  "ca-911": { region: "CA", kind: "emergency", audience: "general", number: "911", reach: call, source: "https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html", verifiedOn: ON },
  "ca-988": { region: "CA", kind: "crisis-line", audience: "general", number: "988", reach: ["call", "text"], source: "https://search.open.canada.ca/qpnotes/record/hc-sc%2CMHA-2022-QP-0020", verifiedOn: ON },
  "de-nummer-gegen-kummer": { region: "DE", kind: "crisis-line", audience: "youth", number: "116 111", reach: call, source: "https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556", verifiedOn: ON },
  "at-rat-auf-draht": { region: "AT", kind: "crisis-line", audience: "youth", number: "147", reach: call, hours: "24/7", source: "https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147", verifiedOn: ON },
  "ch-147": {
    region: "CH", kind: "crisis-line", audience: "youth", number: "147", reach: ["call", "email"], email: "beratung@147.ch", hours: "24/7",
    source: "https://www.projuventute.ch/de/eltern/familie-gesellschaft/147", verifiedOn: ON,
  },
  "es-anar": { region: "ES", kind: "crisis-line", audience: "youth", number: "900 20 20 10", reach: call, source: "https://anar.org/2018/07", verifiedOn: ON },
  "gb-childline": { region: "GB", kind: "crisis-line", audience: "youth", number: "0800 1111", reach: call, source: "http://www.childline.org.uk/pages/about.aspx", verifiedOn: ON },
  "ca-kids-help-phone": { region: "CA", kind: "crisis-line", audience: "youth", number: "686868", reach: ["text"], hours: "24/7", source: "https://kidshelpphone.ca/text-about-it/", verifiedOn: ON },
  "au-kids-helpline": {
    region: "AU", kind: "crisis-line", audience: "youth", number: "1800 55 1800", reach: call, hours: "24/7", source: "https://www.health.vic.gov.au/mental-health-services/telephone-and-online-services", verifiedOn: ON,
  },
  "nz-youthline": { region: "NZ", kind: "crisis-line", audience: "youth", number: "0800 37 66 33", reach: call, source: "http://youthaffairs.govt.nz/news/2012/youthline.html", verifiedOn: ON },
  "be-103": { region: "BE", kind: "crisis-line", audience: "youth", number: "103", reach: call, source: "http://www.dgde.cfwb.be/index.php?id=3248", verifiedOn: ON },
};
