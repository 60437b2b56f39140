/**
 * Word lists behind the hand-written rules. Kept in one place so the rules read as grammar and the
 * vocabulary can grow without touching them. All entries are lower case.
 */

import { vocabularyWords, wordSet } from "./words";

function set(words: string): ReadonlySet<string> {
  return wordSet(words);
}

/** Verbs that introduce speech or writing, in any tense, when they follow (or precede) a speaker. */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told add adds added state states stated note notes noted
  warn warns warned argue argues argued announce announces announced claim claims claimed
  insist insists insisted explain explains explained acknowledge acknowledges acknowledged
  confirm confirms confirmed deny denies denied report reports reported estimate estimates estimated
  predict predicts predicted reveal reveals revealed write writes wrote tweet tweets tweeted
  post posts posted describe describes described ask asks asked reply replies replied
  respond responds responded recall recalls recalled suggest suggests suggested urge urges urged
  admit admits admitted concede concedes conceded complain complains complained
  emphasize emphasizes emphasized emphasise emphasises emphasised stress stresses stressed
  declare declares declared remark remarks remarked comment comments commented observe observes observed
  conclude concludes concluded testify testifies testified maintain maintains maintained
  contend contends contended allege alleges alleged caution cautions cautioned boast boasts boasted
  continue continues continued agree agrees agreed disclose discloses disclosed assert asserts asserted
  reiterate reiterates reiterated vow vows vowed pledge pledges pledged promise promises promised
  counter counters countered retort retorts retorted quip quips quipped recount recounts recounted
  recalled shout shouts shouted exclaim exclaims exclaimed point points pointed pointing
  signal signals signaled signalled indicate indicates indicated repeat repeats repeated
  grin grins grinned laugh laughs laughed smile smiles smiled joke jokes joked chuckle chuckles chuckled
  sigh sighs sighed shrug shrugs shrugged beam beams beamed gush gushes gushed fume fumes fumed rage rages raged
  blast blasts blasted snap snaps snapped moan moans moaned lament laments lamented whisper whispers whispered
  mutter mutters muttered yell yells yelled scream screams screamed cry cries cried plead pleads pleaded
  text texts texted message messages messaged email emails emailed went goes
`);

/** Verbs that are cues only with their particle ("pointed out", not "pointed to"). */
export const PARTICLE_REQUIRED = set(`point points pointed pointing went goes`);

/** Speech verbs that may be followed directly by reported content (with or without "that"). */
export const REPORTING_VERBS = set(`
  say says said tell tells told add adds added state states stated note notes noted warn warns warned
  argue argues argued announce announces announced claim claims claimed insist insists insisted
  explain explains explained acknowledge acknowledges acknowledged confirm confirms confirmed
  deny denies denied report reports reported estimate estimates estimated predict predicts predicted
  reveal reveals revealed write writes wrote tweet tweets tweeted post posts posted describe describes described
  suggest suggests suggested admit admits admitted concede concedes conceded stress stresses stressed
  emphasize emphasizes emphasized emphasise emphasises emphasised declare declares declared
  conclude concludes concluded testify testifies testified maintain maintains maintained
  contend contends contended allege alleges alleged caution cautions cautioned disclose discloses disclosed
  assert asserts asserted reiterate reiterates reiterated observe observes observed complain complains complained
  vow vows vowed recall recalls recalled point points pointed counter counters countered
  reply replies replied respond responds responded insist insists
  signal signals signaled signalled indicate indicates indicated repeat repeats repeated
`);

/** Verbs of speech acts that do not report content ("accused X of", "urged Y to"); after "and" they end a reported clause. */
export const SPEECH_ACT_VERBS = set(`
  accused urged called welcomed rejected dismissed criticised criticized condemned praised blamed demanded
  threatened challenged questioned appealed apologised apologized thanked congratulated defended
`);

/** Verbs that frame a direct quote without reporting speech: "called the decision “a victory”", "called on both sides to “…”", "accused X of “…”". */
export const QUOTING_VERBS = set(`call calls called accuse accuses accused urge urges urged dub dubs dubbed branded labelled labeled
  reject rejects rejected dismiss dismisses dismissed deride derides derided hail hails hailed condemn condemns condemned
  slam slams slammed criticise criticises criticised criticize criticizes criticized praise praises praised`);

/** Verbs whose first object is the audience, not the content ("told Reuters that ..."). */
export const AUDIENCE_VERBS = set(`tell tells told`);

/** Particles completing a phrasal cue ("pointed out"). */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ["pointed", "out"],
  ["points", "out"],
  ["pointing", "out"],
  ["point", "out"],
  ["went", "on"],
  ["goes", "on"],
  ["spelled", "out"],
  ["laid", "out"],
  ["called", "on"],
  ["calls", "on"],
  ["call", "on"],
]);

/** -ing forms that open a new attribution at the end of a clause (", adding that ..."). */
export const PARTICIPIAL_CUES = set(`
  saying adding noting warning arguing insisting explaining stressing claiming describing
  writing telling calling urging acknowledging emphasizing emphasising pointing declaring asserting suggesting
  vowing promising admitting conceding revealing confirming announcing predicting boasting concluding
`);

/** The participles among them that report further speech by the same speaker (", adding that ..."). */
export const SPEECH_PARTICIPLES = set(`saying adding noting warning arguing insisting explaining stressing claiming acknowledging emphasizing emphasising declaring asserting writing telling pointing
  vowing promising admitting conceding revealing confirming announcing predicting boasting concluding`);

export const PRONOUNS: ReadonlyMap<string, "male" | "female" | "plural" | "neuter" | "first"> = new Map([
  ["he", "male"],
  ["she", "female"],
  ["they", "plural"],
  ["it", "neuter"],
  ["we", "first"],
  ["i", "first"],
]);

export const DETERMINERS = set(`the a an this that these those his her its their our my your`);

/** Honorifics and ranks: stripped from names, reported as the speaker's title. */
export const TITLE_WORDS = set(`
  mr mrs ms miss madam madame mx dr prof professor sir dame lord lady rev reverend fr father sen senator rep
  gov lt lieutenant gen general maj major col colonel capt captain cmdr commander adm admiral sgt sergeant
  cpl corporal pvt private brig brigadier det detective insp inspector supt superintendent
  sheikh rabbi imam cardinal bishop archbishop pope king queen prince princess judge justice
  msgr sr jr st saint hon honourable honorable field marshal air vice rear chief staff
  congressman congresswoman councillor councilman councilwoman assemblyman assemblywoman cr cllr ald alderman alderwoman
  sp dsp asp csp acp dcp cp aig dig igp
  shri sri smt shrimati srimathi thiru thirumathi tmt selvi
`);

/** Titles that tell the person's gender, for pronoun resolution. */
export const MALE_TITLES = set(`mr sir lord king prince father fr congressman councilman assemblyman spokesman chairman businessman`);
export const FEMALE_TITLES = set(`mrs ms miss madam madame dame lady queen princess congresswoman councilwoman assemblywoman spokeswoman chairwoman businesswoman`);

/** Nouns naming an office or job; a phrase ending in one of them is a role, and links to whoever holds it. */
export const ROLE_NOUNS = set(`
  minister pm president administrator comptroller registrar ombudsman secretary spokesperson spokesman spokeswoman director chairman chairwoman chair
  ceo cfo coo cto chief executive coach judge attorney prosecutor lawyer advocate coordinator coroner convener convenor headteacher headmaster headmistress trustee curator archivist governor mayor ambassador
  chancellor commissioner head leader senator officer analyst economist professor researcher manager
  founder co-founder cofounder official adviser advisor envoy diplomat commander king queen prince pope
  representative congressman congresswoman lawmaker legislator deputy speaker candidate executive scientist
  doctor physician expert author activist resident witness owner editor reporter correspondent
  strategist investigator inspector detective sheriff constable superintendent general admiral
  colonel captain lieutenant sergeant marshal chairperson president-elect vice-president premier
  monarch sultan emir sheikh cleric bishop archbishop cardinal rabbi imam priest pastor
  teacher student principal dean provost rector lecturer historian researcher epidemiologist
  nurse surgeon pilot driver worker farmer student mother father son daughter wife husband
  brother sister spokespeople spokespersons officials analysts experts residents witnesses
  negotiator mediator regulator auditor treasurer accountant consultant partner counsel
  solicitor barrister magistrate justice chiefs boss employee member organiser organizer
  campaigner protester protestor volunteer victim survivor survivors player striker midfielder
  defender goalkeeper manager referee athlete champion secretary-general
  legend star veteran skipper winger pundit commentator presenter singer actor actress musician novelist
  entrepreneur investor billionaire tycoon academic comedian influencer
  politician councillor councilor alderman assemblyman assemblywoman delegate trader pundit nominee
  supervisor foreman engineer technician aide staffer clerk guard
`);

/** Abbreviated role names and what they stand for, so "PM" and "Prime Minister" link up. */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["pm", "prime minister"],
  ["fm", "foreign minister"],
  ["ceo", "chief executive"],
  ["cfo", "chief financial officer"],
  ["coo", "chief operating officer"],
  ["cto", "chief technology officer"],
  ["gm", "general manager"],
  ["ag", "attorney general"],
  ["da", "district attorney"],
  ["mp", "member of parliament"],
  ["mla", "member of the legislative assembly"],
  ["mep", "member of the european parliament"],
  ["msp", "member of the scottish parliament"],
  ["td", "member of the dáil"],
  ["mpp", "member of provincial parliament"],
  ["vp", "vice president"],
  ["sec", "secretary"],
  ["spokesman", "spokesperson"],
  ["spokeswoman", "spokesperson"],
  ["chairman", "chair"],
  ["chairwoman", "chair"],
  ["chairperson", "chair"],
  ["premier", "prime minister"],
]);

/**
 * Words that make a noun phrase an organisation. Matched against any token of a capitalised phrase,
 * or as the head of a lower-case one ("the ministry").
 */
/** Nouns that describe a company before its name ("chipmaker Norvik", "Fintech firm Lumora"). */
export const COMPANY_DESCRIPTORS = set(`
  chipmaker automaker carmaker drugmaker miner lender insurer retailer utility broker provider producer
  carrier startup manufacturer firm company airline developer operator conglomerate supplier consultancy pollster
`);

/** Industries that end a company's name ("Norvik Semiconductor", "Halden Therapeutics"). */
export const INDUSTRY_NAME_WORDS = set(`
  semiconductor semiconductors software robotics therapeutics biosciences biotech logistics foods beverages
  brewing steel chemicals textiles shipping entertainment studios games solutions dynamics aerospace automotive
  electronics devices materials resources minerals realty properties ventures investments financial payments
  stores apparel utilities petroleum pharmacy pharmacies supermarkets markets retail hotels resorts airlines
`);

export const ORGANIZATION_WORDS = set(`
  prefecture governorate municipality secretariat directorate inspectorate treasury exchequer
  ministry department agency pentagon police court inc corp corporation co ltd llc plc company reuters
  council government committee union university college school hospital bank army navy military
  forces force office commission institute party group association authority administration
  organization organisation foundation federation bureau service services parliament congress senate
  kremlin embassy consulate board firm network channel team club league center centre fund
  coalition alliance movement front brigade brigades militia cabinet presidency palace house
  times post news press journal guardian telegraph herald tribune gazette bbc cnn afp ap
  airline airlines motors systems technologies labs laboratory laboratories media energy holdings
  partners capital securities insurance pharmaceuticals pharma industries enterprises
  watch fda fbi cia nasa who un nato eu imf opec observatory authorities regime junta
  spokesperson's directorate secretariat assembly tribunal prison campaign charity
  society trust exchange market markets startup manufacturer retailer carrier operator giant
  industry confederation chamber division directorate lodge guild brotherhood fraternity order motor conference caucus
  ${[...INDUSTRY_NAME_WORDS].join(" ")}
  platform studio studios publisher newspaper magazine website outlet broadcaster station
  county city state province municipality village district council's museum gallery library zoo
  airways railway railways project initiative programme nations scheme
`);

/** Lower-case heads that make "the X said" an organisation speaking. */
export const GENERIC_ORGANIZATION_HEADS = set(`
  ministry department agency police court company government committee union university hospital
  bank army military office commission institute party group association authority authorities administration
  organization organisation foundation federation bureau service parliament congress senate embassy
  board firm network team club league coalition alliance movement cabinet presidency regime
  council prosecution defense defence military militia statement report
  newspaper broadcaster outlet website agency's airline manufacturer retailer carrier operator
  startup giant exchange observatory watchdog regulator museum gallery library zoo school college
  hospital trust charity foundation lab laboratory studio publisher broadcaster fund
  district county city town jury panel system
  utility automaker carmaker chipmaker drugmaker miner producer provider broker lender insurer
  prefecture governorate municipality secretariat directorate inspectorate treasury exchequer
`);

/** Plural nouns for unnamed groups of people who speak ("officials said"). */
export const GROUP_HEADS = set(`
  officials analysts experts residents witnesses sources investigators researchers aldermen councillors councilors councilmembers senators deputies delegates trustees
  scientists economists activists protesters protestors doctors lawyers diplomats
  officers observers critics lawmakers legislators leaders organisers organizers
  campaigners survivors relatives families neighbours neighbors students teachers workers
  medics rescuers spokespeople people soldiers troops villagers locals groups lawyers attorneys
  forecasters scholars historians prosecutors eyewitnesses bystanders onlookers passengers commuters shoppers
  motorists parents fans supporters voters patients locals traders vendors farmers fishermen
  advocates opponents proponents environmentalists conservationists homeowners tenants landlords
  source sources regulators authors inspectors engineers media insiders
  parents customers shoppers commuters riders passengers users fans voters patients
  homeowners tenants drivers farmers nurses staff employees shareholders investors
`);

/** Words that end a subject noun phrase when walking back from a cue: verbs, subordinators, etc. */
export const SUBJECT_STOP_WORDS = set(`
  that which who whom whose when where while if because although though as but and or nor so
  after before since until unless whether than then also is was were are be been being am
  has have had do does did will would can could may might must shall should not no
  to into onto from by with at on in for about against between during without within
  said says say told added
`);

/** Adverbs that may sit between a speaker and the cue verb ("has repeatedly said"). */
export const CUE_ADVERBS = set(`
  also later earlier previously repeatedly publicly privately separately again recently once
  has have had already further then subsequently initially originally reportedly
  still yet often frequently
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);
export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);
export const TIME_NOUNS = set(`
  week month year day night morning afternoon evening weekend decade century quarter season summer
  winter spring autumn fall hour hours minutes weeks months years days nights
`);

/** Sentence-initial words that show a period before them ended a sentence even after "Inc." or "U.S.". */
export const SENTENCE_STARTERS = set(`
  the a an he she it they we i you this that these those there his her its their our my
  but and so yet however meanwhile in on at for after before since when while if as
  some many most all no one two three both each other another such still also
  afterward afterwards later earlier then now today yesterday tonight instead again finally separately
  nevertheless nonetheless moreover furthermore indeed overall
`);

/** Titles that are also offices, so "Gov. Brennan" is later "the governor". */
export const OFFICE_TITLES: ReadonlyMap<string, string> = new Map([
  ["gov", "governor"],
  ["governor", "governor"],
  ["sen", "senator"],
  ["senator", "senator"],
  ["rep", "representative"],
  ["representative", "representative"],
  ["pres", "president"],
  ["president", "president"],
  ["coach", "coach"],
  ["judge", "judge"],
  // "State Supreme Court Justice Castellanos" is later "the judge".
  ["justice", "judge"],
  ["mayor", "mayor"],
  ["chancellor", "chancellor"],
  ["prof", "professor"],
  ["professor", "professor"],
  ["gen", "general"],
  ["general", "general"],
  ["adm", "admiral"],
  ["admiral", "admiral"],
  ["col", "colonel"],
  ["colonel", "colonel"],
  ["capt", "captain"],
  ["captain", "captain"],
  ["det", "detective"],
  ["detective", "detective"],
  ["insp", "inspector"],
  ["inspector", "inspector"],
  ["supt", "superintendent"],
  ["superintendent", "superintendent"],
  ["dr", "doctor"],
  ["sheriff", "sheriff"],
  ["chief", "chief"],
  ["cr", "councillor"],
  ["cp", "commissioner"],
  ["cllr", "councillor"],
  ["councillor", "councillor"],
  ["king", "king"],
  ["queen", "queen"],
  ["pope", "pope"],
  ["ambassador", "ambassador"],
  ["commissioner", "commissioner"],
]);

/** Common given names, to tell "he" from "she" before the article uses a pronoun for someone. */
export const MALE_GIVEN_NAMES = set(`
  dean james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
  gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
  raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
  jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan
  billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell
  bobby mason philip louis pat marcus tom mike bill jim bob dan ben sam joe tony ahmed mohammed muhammad ali
  omar hassan ibrahim yusuf mustafa abdullah khalid mahmoud hamid hussein abba uhuru fumio kenji hiroshi
  takashi wei jun li chen raj rahul amit sanjay vladimir sergei dmitri ivan igor emmanuel olaf jens lars
  hans klaus jurgen pierre jean jacques francois luis carlos miguel pedro antonio giuseppe marco luca paolo
  luke liam oliver harry jake charlie oscar leo alfie freddie archie theo toby owen rhys gareth dafydd ciaran
  declan conor connor cian darragh seamus niall eoin padraig callum angus hamish fraser ewan rory finn
  aidan neil ian graham malcolm stuart gordon trevor derek barry colin martin simon nigel clive geoffrey
  hugh rupert giles dominic julian adrian vikram arjun rohan anil suresh ramesh vijay ashok deepak ravi
  kwame kofi chinedu emeka tunde oluwaseun musa abubakar yakubu tariq bilal imran faisal kareem samir
  hiroto haruto takeshi kenta yuto minho jiho seojun wei ming hao andre rafael diego javier alejandro
  mateus thiago felipe rodrigo fernando ricardo sergio andres pablo lukas jonas felix maximilian jan piotr
  tomasz pawel andrzej mikhail alexei nikolai oleksandr stefan mats erik nils karl anders henrik
`);
export const FEMALE_GIVEN_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
  ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
  rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
  christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
  frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
  isabella theresa diana natalie brittany charlotte marie kayla alexis lori jane priya lorraine gina denise
  renee yumi mariam fatima aisha layla zainab adaeze lena jess selamawit ursula angela giorgia marine
  ingrid greta anne sophie claire isabelle elena sofia lucia carmen rosa ana yuki keiko mei xi
  imogen chloe lucy amelia ella mia isla poppy freya evie ruby daisy holly jessica harriet eleanor
  siobhan aoife niamh ciara roisin saoirse orla fiona catriona morag eilidh bethan cerys rhian sian
  gemma kirsty nicola joanne tracey hayley leanne jodie stacey natasha tasha nadia aaliyah anita sunita
  kavita deepa lakshmi meena pooja neha shreya amara chioma ngozi folake funmilayo amina halima hadiza
  ayesha sana noor leila yasmin miriam hana sakura aiko mai ji-woo seo-yeon lin xin mariana gabriela
  camila valentina daniela paula ines beatriz lea lina marta katarzyna agnieszka olga tatiana natalia
  svetlana irina astrid sigrid karin birgitta annika frida
`);

/**
 * Prepositions, conjunctions, interjections and sentence adverbs. Capitalised at the start of a sentence
 * they look like names ("Under Calloway, the fund grew", "But Ashby manager ...", "Well, ..."), but they
 * never start a speaker's name.
 */
export const FUNCTION_WORDS = set(`
  under over but and or nor well so yet still however meanwhile also now then after before as at by for from
  in into of on onto since through to until upon with without within despite during among amid amidst against
  although though because if unless when while where whereas whether oh yes no indeed instead besides moreover
  furthermore nonetheless nevertheless thus hence therefore even just only unlike across along around behind
  below beneath beside between beyond inside outside toward towards via per throughout here there today
  yesterday tonight asked according speaking following including once again anyway perhaps maybe sadly
  luckily fortunately unfortunately clearly certainly surely finally eventually separately elsewhere overall
  otherwise likewise similarly ultimately initially originally earlier later previously recently currently
  not nor sure okay ok please thanks hello
`);

/** Small lower-case words allowed inside names ("Osama bin Laden", "Ursula von der Leyen", "Hanan bint Salem"). */
export const NAME_PARTICLES = set(`al el bin bint ibn abu de del della der van von da di du la le dos das y ben ter ten`);

const PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|d|l|da|de|di|du|del|della)[-'\u2019]\p{Lu}/u;

/** A lower-case word that belongs inside a name: a particle ("bin", "van") or a particle joined to a name ("al-Warfalli", "d’Alembert"). */
export function isNameParticle(word: string): boolean {
  // Every PARTICLE_PREFIX match has a joiner: most words skip the regex.
  return NAME_PARTICLES.has(word) || ((word.includes("-") || word.includes("'") || word.includes("\u2019")) && PARTICLE_PREFIX.test(word));
}

/** A possessive ending on a name: "Lumora’s", "Airways’" (a plural possessive keeps its s). */
export const POSSESSIVE_END = /(?:['\u2019]s|(?<=s)['\u2019])$/;

// The word maps' keys are vocabulary too (the sets above added themselves).
vocabularyWords([...PHRASAL_CUES.keys(), ...PHRASAL_CUES.values(), ...PRONOUNS.keys(), ...ROLE_ABBREVIATIONS.keys(), ...OFFICE_TITLES.keys()]);

/** Nationality nouns ("the Swede", "the Kenyan", "the Frenchman", "the Iraqi"), which describe one person. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|i|man|woman)$/u;
const DEMONYM_WORDS = wordSet(`swede dane finn pole scot brit briton turk greek czech slovak swiss thai spaniard kiwi aussie argentine filipino filipina basque catalan croat serb slovene uzbek kazakh tajik kurd arab`.split(" "));

/** Whether a capitalised word is a nationality noun for one person ("Swede", "Briton", "Kenyan"). */
export function isNationalityNoun(token: { text: string; lower: string; capitalized: boolean; kind: string }): boolean {
  return token.kind === "word" && token.capitalized && (DEMONYM_WORDS.has(token.lower) || DEMONYM.test(token.text));
}

/** "the 29-year-old": an age written as one word. */
export const AGE_DESCRIPTOR = /^\d{1,3}-year-old$/;

/** A standing in an office, not part of a name ("Former Newcastle midfielder Danny Westwood", "Outgoing President …"). */
export const STANDING_WORDS = set(`former outgoing incoming acting interim retired erstwhile late`);
