/**
 * The theme taxonomy for coding the 2025 §14 negotiation memos (rule: packages/data/README.md, "Theme coding"). It starts
 * from the five cooperation areas on Kuntaliitto's slides (file 004) and adds only what the memos need.
 */
import type { LocalizedText, SourceRef } from './types';

/** Stable theme ids, in chart column order: Kuntaliitto's five areas first, "other" last. */
export const THEME_IDS = [
  'employment',
  'immigration-integration',
  'health-wellbeing-promotion',
  'safety-preparedness',
  'children-youth-families',
  'cooperation-structures',
  'access-to-care',
  'service-network-transport',
  'premises',
  'digital-services',
  'communication',
  'third-sector',
  'older-people',
  'bilingual-services',
  'other',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

/**
 * `kuntaliitto-2022`: a cooperation area as printed by Kuntaliitto (fi from file 004; sv/en are the
 * project's). `project`: added by this project for the memos (fi, sv and en all written by the project).
 */
export type ThemeOrigin = 'kuntaliitto-2022' | 'project';

export interface Theme {
  readonly id: ThemeId;
  readonly name: LocalizedText;
  /** One sentence to apply when coding; written by the project in all three locales (see README.md, "Theme coding"). */
  readonly definition: LocalizedText;
  readonly origin: ThemeOrigin;
  /** Where the name is printed (Kuntaliitto areas); null for the project's themes. */
  readonly source: SourceRef | null;
}

const KUNTALIITTO_FILE = '004_2e06357bd7847191.txt';
const KUNTALIITTO_SLIDE =
  'slide "Tavoitteiden saavuttaminen edellyttää toimivaa yhteistyötä useilla eri osa-alueilla" (lines 729–744)';

function text(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en, unofficial: ['sv', 'en'] };
}

function kuntaliitto(id: ThemeId, name: LocalizedText, definition: LocalizedText): Theme {
  return {
    id,
    name,
    definition,
    origin: 'kuntaliitto-2022',
    source: { file: KUNTALIITTO_FILE, locator: KUNTALIITTO_SLIDE, printed: name.fi },
  };
}

function project(id: ThemeId, name: LocalizedText, definition: LocalizedText): Theme {
  return { id, name, definition, origin: 'project', source: null };
}

/** The themes, in `THEME_IDS` order. */
export const themes: readonly Theme[] = [
  kuntaliitto(
    'employment',
    text('Työllisyyden hoito', 'Sysselsättning', 'Employment'),
    text(
      'Työllisyyttä tukevat palvelut ja TE-uudistuksen jälkeinen yhteistyö (TE-palvelut, työllisyysalue, TYM-sopimus), mukaan lukien työttömien terveystarkastukset, työkyky, kuntoutus sekä TE-asiakkaiden etuudet ja ohjaus palveluihin.',
      'Tjänster som stöder sysselsättningen och samarbetet efter TE-reformen (TE-tjänster, sysselsättningsområde, TYM-avtal), inklusive hälsokontroller för arbetslösa, arbetsförmåga, rehabilitering samt TE-kundernas förmåner och hänvisning till tjänster.',
      'Services that support employment and the cooperation after the TE reform (TE services, the employment area, the TYM agreement), including health checks for the unemployed, work ability, rehabilitation, and the benefits of TE clients and their referral to services.',
    ),
  ),
  kuntaliitto(
    'immigration-integration',
    text(
      'Maahanmuutto ja kotoutumisen edistäminen',
      'Invandring och främjande av integration',
      'Immigration and promotion of integration',
    ),
    text(
      'Maahanmuuttajataustaiset ja vieraskieliset asukkaat sekä kotoutumista tukevat palvelut.',
      'Invånare med invandrarbakgrund eller främmande modersmål samt tjänster som stöder integrationen.',
      'Residents with an immigrant background or a foreign first language, and services that support integration.',
    ),
  ),
  kuntaliitto(
    'health-wellbeing-promotion',
    text(
      'Hyvinvoinnin ja terveyden edistäminen',
      'Främjande av välfärd och hälsa',
      'Promotion of well-being and health',
    ),
    text(
      'Väestön hyvinvointi ja terveys sekä niiden edistäminen ja ehkäisevä työ, kuten ehkäisevä päihdetyö, liikuntaneuvonta, kulttuurihyvinvointi sekä hyvinvointisuunnitelma ja sen tavoitteet.',
      'Befolkningens välfärd och hälsa och arbetet för att främja dem och förebygga problem, såsom förebyggande missbruksarbete, motionsrådgivning, kulturell välfärd samt välfärdsplanen och dess mål.',
      "The population's well-being and health and the work to promote them and prevent problems, such as preventive substance-abuse work, exercise counselling, cultural well-being, and the well-being plan and its goals.",
    ),
  ),
  kuntaliitto(
    'safety-preparedness',
    text(
      'Turvallisuus ja häiriötilanteisiin varautuminen',
      'Säkerhet och beredskap för störningssituationer',
      'Safety and preparedness for disruptions',
    ),
    text(
      'Turvallisuus ja turvallinen arki, valmius ja varautuminen häiriötilanteisiin (myös väestönsuojelu ja sote-varautuminen) sekä pelastustoimi, pelastuslaitos ja paloasemat.',
      'Säkerhet och en trygg vardag, beredskap för störningssituationer (även befolkningsskydd och social- och hälsovårdens beredskap) samt räddningsväsendet, räddningsverket och brandstationerna.',
      'Safety and a safe everyday life, readiness and preparedness for disruptions (including civil defence and health and social services preparedness), and the rescue services and fire stations.',
    ),
  ),
  kuntaliitto(
    'children-youth-families',
    text(
      'Lasten, nuorten ja perheiden tukeminen',
      'Stöd till barn, unga och familjer',
      'Support for children, young people and families',
    ),
    text(
      'Lasten, nuorten ja perheiden palvelut ja koulujen kanssa tehtävä yhteistyö, mukaan lukien oppilas- ja opiskeluhuolto (psykologit) ja nuorten Ankkuri-toiminta.',
      'Tjänster för barn, unga och familjer och samarbetet med skolorna, inklusive elevhälsan och studerandehälsan (psykologer) och Ankkuri-verksamheten för unga.',
      'Services for children, young people and families and the cooperation with schools, including pupil and student welfare (psychologists) and the Ankkuri youth work.',
    ),
  ),
  project(
    'cooperation-structures',
    text(
      'Yhteistyön rakenteet ja toimintatavat',
      'Samarbetets strukturer och arbetssätt',
      'Cooperation structures and ways of working',
    ),
    text(
      'Kunnan ja hyvinvointialueen yhteistyö sinänsä – rakenteet, ryhmät, vastinparit ja yhteyshenkilöt, tiedonkulku, toimintamallit ja strategiat – sekä kohta, joka puhuu yhteistyöstä yleisesti nimeämättä muuta aihetta.',
      'Samarbetet mellan kommunen och välfärdsområdet som sådant – strukturer, grupper, motparter och kontaktpersoner, informationsflöde, verksamhetsmodeller och strategier – samt en punkt som talar om samarbete allmänt utan att nämna något annat ämne.',
      'The cooperation between the municipality and the welfare area as such – structures, groups, counterparts and contact persons, information flow, operating models and strategies – and a point that speaks of cooperation in general without naming another topic.',
    ),
  ),
  project(
    'access-to-care',
    text(
      'Terveysasemapalvelut ja hoitoon pääsy',
      'Hälsostationstjänster och tillgång till vård',
      'Health centre services and access to care',
    ),
    text(
      'Terveysasemien toiminta ja hoitoon pääsy, kuten takaisinsoitto, lääkäri- ja henkilöstötilanne sekä lääkärimallit (tiimimalli, ammatinharjoittaja- ja omalääkärimallit).',
      'Hälsostationernas verksamhet och tillgången till vård, såsom återuppringning, läkar- och personalläget samt läkarmodeller (teammodell, modeller med privatpraktiserande läkare och egenläkare).',
      'The operation of health centres and access to care, such as call-back, the doctor and staff situation, and doctor models (team model, private-practitioner and personal-doctor models).',
    ),
  ),
  project(
    'service-network-transport',
    text('Palveluverkko ja liikenne', 'Servicenät och trafik', 'Service network and transport'),
    text(
      'Missä palvelut ovat ja miten asukkaat pääsevät niihin: palveluverkko ja sen suunnitelmat, palvelujen läheisyys ja lähipalvelut sekä joukkoliikenne palveluihin.',
      'Var tjänsterna finns och hur invånarna når dem: servicenätet och planerna för det, närheten till tjänster och närservice samt kollektivtrafiken till tjänsterna.',
      'Where services are and how residents reach them: the service network and its plans, the proximity of services and local services, and public transport to services.',
    ),
  ),
  project(
    'premises',
    text('Tilat ja kiinteistöt', 'Lokaler och fastigheter', 'Premises and properties'),
    text(
      'Kunnan ja hyvinvointialueen väliset tilakysymykset, sote-kiinteistöjen vuokrasopimukset ja tilojen yhteiskäyttö, myös järjestöjen käytössä.',
      'Lokalfrågor mellan kommunen och välfärdsområdet, hyresavtal för social- och hälsovårdsfastigheter och samnyttjande av lokaler, även av organisationer.',
      'Questions of premises between the municipality and the welfare area, leases of health and social services properties, and shared use of premises, including by organisations.',
    ),
  ),
  project(
    'digital-services',
    text('Digitaaliset palvelut', 'Digitala tjänster', 'Digital services'),
    text(
      'Asukkaiden digitaaliset palvelut ja sähköinen asiointi (esimerkiksi Maisa ja hyvinvointialueen digitaalisen asioinnin palvelut) sekä teknologian vaikutus palveluihin.',
      'Invånarnas digitala tjänster och e-tjänster (till exempel Maisa och välfärdsområdets digitala tjänster) samt teknikens inverkan på tjänsterna.',
      "Residents' digital services and online transactions (e.g. Maisa and the welfare area's digital services) and the effect of technology on services.",
    ),
  ),
  project(
    'communication',
    text('Viestintä ja tiedottaminen', 'Kommunikation och information', 'Communication'),
    text(
      'Viestintä ja tiedottaminen asukkaille ja julkisuuteen, myös häiriötilanteissa ja vaalien yhteydessä, sekä se, hahmottavatko asukkaat, kuka palvelun tuottamisesta vastaa.',
      'Kommunikation och information till invånarna och offentligheten, även i störningssituationer och i samband med val, samt om invånarna förstår vem som ansvarar för en tjänst.',
      'Communication and information for residents and the public, also in disruptions and around elections, and whether residents can tell who is responsible for a service.',
    ),
  ),
  project(
    'third-sector',
    text(
      'Järjestöt ja kolmas sektori',
      'Organisationer och tredje sektorn',
      'Organisations and the third sector',
    ),
    text(
      'Järjestöt ja kolmannen sektorin toimijat: yhteistyö niiden kanssa, niiden tukeminen ja avustukset sekä niiden tilat.',
      'Organisationer och aktörer inom tredje sektorn: samarbetet med dem, stödet och bidragen till dem samt deras lokaler.',
      'Organisations and third-sector actors: cooperation with them, support and grants for them, and their premises.',
    ),
  ),
  project(
    'older-people',
    text('Ikääntyneiden palvelut', 'Tjänster för äldre', 'Services for older people'),
    text(
      'Ikääntyneiden palvelut ja asuminen, esimerkiksi Kauniaisten Villa Breda.',
      'Tjänster och boende för äldre, till exempel Villa Breda i Grankulla.',
      'Services and housing for older people, e.g. Villa Breda in Kauniainen.',
    ),
  ),
  project(
    'bilingual-services',
    text('Kaksikieliset palvelut', 'Tvåspråkig service', 'Bilingual services'),
    text(
      'Palvelu suomeksi ja ruotsiksi ja palvelun kaksikielisyys.',
      'Service på finska och svenska och tjänsternas tvåspråkighet.',
      'Service in Finnish and Swedish, and the bilingualism of services.',
    ),
  ),
  project(
    'other',
    text('Muut aiheet', 'Övriga ämnen', 'Other topics'),
    text(
      'Aihe, jota mikään muu teema ei kata tai jota muistion teksti ei yksilöi, kuten asunnottomuus tai nimetty toiminta, jonka sisältöä muistio ei kerro.',
      'Ett ämne som inget annat tema täcker eller som memorians text inte specificerar, såsom bostadslöshet eller en namngiven verksamhet vars innehåll memorian inte beskriver.',
      'A topic that no other theme covers or that the memo text does not identify, such as homelessness or a named activity whose content the memo does not describe.',
    ),
  ),
];

/** Whether a string is a theme id. */
export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}

/** The theme with an id, or undefined. */
export function themeById(id: string, themeList: readonly Theme[] = themes): Theme | undefined {
  return themeList.find((theme) => theme.id === id);
}
