/**
 * Words from Dutch youth care and child protection that people in a group session meet on the
 * screen, each with a plain explanation (B1 Dutch) and its English equivalent. Meanings follow
 * the glossary of the two source reports (../shared/design/cases.md §1, "R" = the report defines
 * it, "G" = general knowledge of the Dutch system); the wording is ours.
 */
export interface GlossaryTerm {
  id: string;
  /** How the word appears in text (matched as a whole word; abbreviations case-sensitive). */
  forms: readonly string[];
  /** The full name, in each language. */
  name: { nl: string; en: string };
  /** One short, plain sentence. */
  explanation: { nl: string; en: string };
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'ots',
    forms: ['OTS', 'ondertoezichtstelling'],
    name: { nl: 'ondertoezichtstelling', en: 'supervision order' },
    explanation: {
      nl: 'de rechter besluit dat een jeugdbeschermer met het gezin meekijkt; de ouders houden het gezag',
      en: 'a court order: a family guardian supervises the family; the parents keep parental authority',
    },
  },
  {
    id: 'uhp',
    forms: ['UHP', 'uithuisplaatsing'],
    name: { nl: 'uithuisplaatsing', en: 'out-of-home placement' },
    explanation: {
      nl: 'een kind gaat (tijdelijk) ergens anders wonen: bij een pleeggezin, in een leefgroep of op een crisisplek',
      en: 'a child goes to live elsewhere for a time: a foster family, a residential group or a crisis place',
    },
  },
  {
    id: 'vuhp',
    forms: ['VUHP'],
    name: { nl: 'voorkomen uithuisplaatsing', en: 'preventing out-of-home placement' },
    explanation: {
      nl: 'intensieve hulp thuis om te voorkomen dat een kind uit huis moet',
      en: 'intensive help at home so that a child does not have to leave home',
    },
  },
  {
    id: 'v-ggz',
    forms: ['v-ggz', 'volwassenen-ggz'],
    name: { nl: 'ggz voor volwassenen', en: 'adult mental health care' },
    explanation: {
      nl: 'hulp bij psychische problemen voor volwassenen, hier voor de ouders',
      en: 'help with mental health problems for adults, here for the parents',
    },
  },
  {
    id: 'jeugd-ggz',
    forms: ['jeugd-ggz'],
    name: { nl: 'ggz voor jeugd', en: 'youth mental health care' },
    explanation: {
      nl: 'hulp bij psychische problemen voor kinderen en jongeren',
      en: 'help with mental health problems for children and young people',
    },
  },
  {
    id: 'ggz',
    forms: ['ggz', 'GGZ'],
    name: { nl: 'geestelijke gezondheidszorg', en: 'mental health care' },
    explanation: {
      nl: 'hulp bij psychische problemen',
      en: 'help with mental health problems',
    },
  },
  {
    id: 'rvdk',
    forms: ['RvdK', 'Raad voor de Kinderbescherming'],
    name: { nl: 'Raad voor de Kinderbescherming', en: 'Child Protection Board' },
    explanation: {
      nl: 'onderzoekt of een kind beschermd moet worden en vraagt de rechter zo nodig om een maatregel',
      en: 'investigates whether a child needs protection and, if so, asks the court for a measure',
    },
  },
  {
    id: 'veilig-thuis',
    forms: ['Veilig Thuis'],
    name: { nl: 'Veilig Thuis', en: 'Veilig Thuis (domestic violence and child abuse centre)' },
    explanation: {
      nl: 'het meldpunt voor huiselijk geweld en kindermishandeling in de regio',
      en: 'the regional centre where domestic violence and child abuse are reported',
    },
  },
  {
    id: 'jeugdwet',
    forms: ['Jeugdwet'],
    name: { nl: 'Jeugdwet', en: 'Youth Act' },
    explanation: {
      nl: 'de wet waarmee de gemeente hulp voor kinderen en gezinnen betaalt, tot het kind 18 is',
      en: 'the law under which the municipality pays for help for children and families, until the child is 18',
    },
  },
  {
    id: 'wmo',
    forms: ['Wmo', 'WMO'],
    name: { nl: 'Wet maatschappelijke ondersteuning', en: 'Social Support Act' },
    explanation: {
      nl: 'de wet waarmee de gemeente steun voor volwassenen betaalt',
      en: 'the law under which the municipality pays for support for adults',
    },
  },
  {
    id: 'zvw',
    forms: ['Zvw'],
    name: { nl: 'Zorgverzekeringswet', en: 'Health Insurance Act' },
    explanation: {
      nl: 'de zorgverzekeraar betaalt deze zorg uit de basisverzekering',
      en: 'the health insurer pays this care from the basic insurance',
    },
  },
  {
    id: 'wlz',
    forms: ['Wlz'],
    name: { nl: 'Wet langdurige zorg', en: 'Long-term Care Act' },
    explanation: {
      nl: 'zorg voor mensen die de hele dag zorg of toezicht nodig hebben',
      en: 'care for people who need care or supervision all day',
    },
  },
  {
    id: 'smi',
    forms: ['SMI'],
    name: { nl: 'sociaal-medische indicatie', en: 'social-medical indication' },
    explanation: {
      nl: 'de gemeente betaalt kinderopvang mee omdat het thuis (even) niet gaat',
      en: 'the municipality helps pay for childcare because things are not working at home for a while',
    },
  },
  {
    id: 'lvb',
    forms: ['LVB'],
    name: { nl: 'licht verstandelijke beperking', en: 'mild intellectual disability' },
    explanation: {
      nl: 'iemand leert en begrijpt dingen langzamer dan de meeste mensen',
      en: 'someone learns and understands things more slowly than most people',
    },
  },
  {
    id: 'cjg',
    forms: ['CJG'],
    name: { nl: 'Centrum voor Jeugd en Gezin', en: 'Centre for Youth and Family' },
    explanation: {
      nl: 'het team van de gemeente voor vragen over opvoeden en opgroeien',
      en: 'the municipal team for questions about raising children and growing up',
    },
  },
  {
    id: 'jgh',
    forms: ['JGH', 'Jeugd en Gezinshulp'],
    name: { nl: 'Jeugd en Gezinshulp', en: 'Youth and Family Help' },
    explanation: {
      nl: 'het loket van de gemeente waar een gezin hulp voor de kinderen krijgt of aanvraagt',
      en: 'the municipal access point where a family gets or asks for help for the children',
    },
  },
  {
    id: 'emdr',
    forms: ['EMDR'],
    name: { nl: 'EMDR-therapie', en: 'EMDR therapy' },
    explanation: {
      nl: 'een therapie die helpt om nare herinneringen (trauma) te verwerken',
      en: 'a therapy that helps people come to terms with frightening memories (trauma)',
    },
  },
  {
    id: 'gezinsvoogd',
    forms: [
      'gezinsvoogd',
      'Gezinsvoogd',
      'gezinsvoogden',
      'jeugdbeschermer',
      'Jeugdbeschermer',
      'jeugdbeschermers',
    ],
    name: { nl: 'gezinsvoogd', en: 'family guardian' },
    explanation: {
      nl: 'iemand van de jeugdbescherming die met het gezin meekijkt en de maatregel van de rechter uitvoert; ook jeugdbeschermer genoemd',
      en: 'a child-protection worker who works with the family and carries out the court’s measure; also called a jeugdbeschermer',
    },
  },
];
