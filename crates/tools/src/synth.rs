//! Synthetic registers for the benchmarks: any number of entries with Swedish text of the same
//! shape and length as the memo's, in the bundled schema, reproducible from a seed.
//!
//! `scripts/bench.sh` runs the `synth` binary; nothing here reaches the app. The categories,
//! academies and departments are the bundled register's, so facets look as they do in real use;
//! names, people and descriptions are made up from the word lists below and are marked synthetic
//! in `source`.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use samverkan_core::date::{DatePoint, Until};
use samverkan_core::load::LoadError;
use samverkan_core::model::{Contact, Entry, Register, Validity};

const KINDS: &[&str] = &[
    "Samverkansavtal",
    "Forskningscirkel",
    "Praktiknätverk",
    "VFU-samarbete",
    "Utvecklingsprojekt",
    "Kompetensråd",
    "Nätverk",
    "Avsiktsförklaring",
    "Följeforskning",
    "Uppdragsutbildning",
    "Studentprojekt",
    "Referensgrupp",
];

const TOPICS: &[&str] = &[
    "tidiga insatser för barn och unga",
    "digitalisering i äldreomsorgen",
    "språkutveckling i förskolan",
    "hållbar stadsutveckling i Flemingsberg",
    "psykisk hälsa bland gymnasieelever",
    "kompetensförsörjning inom socialtjänsten",
    "matematikundervisning på mellanstadiet",
    "trygghet och brottsförebyggande arbete",
    "klimatanpassning av offentliga miljöer",
    "kulturskolans pedagogik",
    "vuxenutbildning och etablering",
    "arbetsmarknadsinsatser för unga vuxna",
    "hemsjukvård och rehabilitering",
    "skolans systematiska kvalitetsarbete",
    "bibliotekens läsfrämjande arbete",
    "energieffektivisering i kommunens fastigheter",
    "ledarskap i offentlig sektor",
    "jämställdhet i idrottsföreningar",
    "ungas fritid och delaktighet",
    "vård och omsorg om personer med funktionsnedsättning",
];

const PROFESSIONS: &[&str] = &[
    "socionom",
    "förskollärare",
    "grundlärare",
    "ämneslärare",
    "sjuksköterska",
    "arbetsterapeut",
    "fysioterapeut",
    "samhällsplanerare",
    "miljöstrateg",
    "bibliotekarie",
    "ingenjör",
    "psykolog",
];

const GOALS: &[&str] = &[
    "stärka den vetenskapliga grunden",
    "pröva nya arbetssätt",
    "säkra kompetensförsörjningen",
    "öka kunskapen om effekterna",
    "utveckla undervisningen",
    "förbättra uppföljningen",
    "skapa fler praktikplatser",
    "sprida goda exempel mellan verksamheterna",
];

const CONTRIBUTIONS: &[&str] = &[
    "forskare och handledning",
    "studenter under verksamhetsförlagd utbildning",
    "metodstöd och analys",
    "kurser på avancerad nivå",
    "examensarbeten",
    "en doktorand på halvtid",
];

const ACTIVITIES: &[&str] = &[
    "workshoppar",
    "seminarier",
    "fältstudier",
    "utbildningsdagar",
    "gemensamma konferenser",
    "intervjustudier",
];

const FOLLOW_UPS: &[&str] = &[
    "en gång per termin",
    "årligen",
    "två gånger per år",
    "vid varje läsårsstart",
];

const FORA: &[&str] = &[
    "Högskolerådet",
    "förvaltningens ledningsgrupp",
    "en gemensam styrgrupp",
    "kommunstyrelsens arbetsutskott",
];

const PARTNERS: &[&str] = &[
    "Region Stockholm",
    "Botkyrka kommun",
    "Stockholms stad",
    "Länsstyrelsen i Stockholms län",
    "Vinnova",
    "Flemingsbergs Science",
    "Samordningsförbundet Huddinge",
    "Sveriges Kommuner och Regioner",
];

const FIRST_NAMES: &[&str] = &[
    "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Åsa",
    "Mikael", "Linnéa", "Björn", "Ingrid", "Jörgen", "Fatima", "Ali", "Elif", "Mehmet", "Sofia",
    "Oskar", "Hanna", "Göran", "Leila", "Tomás", "Minna", "Kerstin", "Ahmed", "Ylva",
];

const SURNAMES: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Lindqvist",
    "Sjöberg",
    "Åberg",
    "Öberg",
    "Hedström",
    "Yilmaz",
    "Hussein",
    "Nieminen",
    "Bergström",
    "Lövgren",
];

const TITLES: &[&str] = &[
    "utvecklingsledare",
    "verksamhetschef",
    "enhetschef",
    "strateg",
    "rektor",
    "samordnare",
    "utredare",
    "HR-specialist",
    "näringslivsutvecklare",
    "kvalitetsstrateg",
];

const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

fn pick<'a>(rng: &mut ChaCha8Rng, list: &'a [&'a str]) -> &'a str {
    list.choose(rng).copied().unwrap_or_default()
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A register with `entries` synthetic entries, the same for the same `seed`.
pub fn register(entries: usize, seed: u64) -> Result<Register, LoadError> {
    let mut register = Register::from_json(crate::MEMO_REGISTER_JSON)?;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    register.source.title = format!(
        "Syntetiskt register för prestandamätning: {entries} poster, frö {seed} (inte verkliga uppgifter)"
    );
    let academies: Vec<(String, String)> = register
        .academies
        .iter()
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect();
    let departments: Vec<(String, String)> = register
        .departments
        .iter()
        .map(|d| (d.id.clone(), d.label()))
        .collect();
    let categories: Vec<String> = register.categories.iter().map(|c| c.id.clone()).collect();
    register.entries = (0..entries)
        .map(|n| entry(&mut rng, n, &academies, &departments, &categories))
        .collect();
    Ok(register)
}

fn entry(
    rng: &mut ChaCha8Rng,
    n: usize,
    academies: &[(String, String)],
    departments: &[(String, String)],
    categories: &[String],
) -> Entry {
    let chosen: Vec<&(String, String)> = {
        let count = *[0usize, 1, 1, 1, 2, 3].choose(rng).unwrap_or(&1);
        academies.choose_multiple(rng, count).collect()
    };
    let department = departments.choose(rng).filter(|_| rng.gen_bool(0.9));
    let topic = pick(rng, TOPICS);
    let kind = pick(rng, KINDS);
    let name = match (rng.gen_range(0..4), chosen.first()) {
        (0, Some((_, academy))) => format!("{kind} med {academy}"),
        (1, _) => format!("{kind} om {topic}"),
        (2, _) => format!("Huddingetrainee: {}", pick(rng, PROFESSIONS)),
        _ => format!("{kind}: {}", capitalised(topic)),
    };
    let category = categories.choose(rng).cloned().unwrap_or_default();
    let ended = category == "tidigare";

    let from_year = rng.gen_range(2005..=2026);
    let (from, until, as_written) = match rng.gen_range(0..6) {
        0 | 1 => {
            let until = from_year + rng.gen_range(0..=5);
            (
                Some(DatePoint::Year(from_year)),
                Some(Until::Date(DatePoint::Year(until))),
                Some(format!("{from_year}–{until}")),
            )
        }
        2 => (
            Some(DatePoint::Year(from_year)),
            Some(Until::FurtherNotice),
            Some(format!("{from_year} tills vidare")),
        ),
        3 => {
            let month = rng.gen_range(1..=12u32);
            (
                Some(DatePoint::Month(from_year, month)),
                None,
                Some(format!("sedan {} {from_year}", MONTHS[month as usize - 1])),
            )
        }
        4 => (
            Some(DatePoint::Year(from_year)),
            None,
            Some(format!("startade {from_year}")),
        ),
        _ => (None, None, None),
    };

    let mut description = format!(
        "Samarbetet syftar till att {} inom {topic}.",
        pick(rng, GOALS)
    );
    if let Some((_, dep)) = department {
        let academy = chosen
            .first()
            .map_or("lärosätet", |(_, name)| name.as_str());
        description.push_str(&format!(
            " {dep} ansvarar för samordningen och {academy} bidrar med {}.",
            pick(rng, CONTRIBUTIONS)
        ));
    }
    for _ in 0..rng.gen_range(1..=3) {
        let sentence = match rng.gen_range(0..3) {
            0 => format!(
                "Under {} genomförs {} med omkring {} deltagare från kommunens verksamheter.",
                from_year + rng.gen_range(0..=2),
                pick(rng, ACTIVITIES),
                rng.gen_range(2..=12) * 10
            ),
            1 => format!(
                "Arbetet följs upp {} i {}.",
                pick(rng, FOLLOW_UPS),
                pick(rng, FORA)
            ),
            _ => format!(
                "Studenter på {}programmet tar del av verksamheten och skriver examensarbeten om {topic}.",
                pick(rng, PROFESSIONS)
            ),
        };
        description.push(' ');
        description.push_str(&sentence);
    }

    let contact = rng.gen_bool(0.85).then(|| Contact {
        name: format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, SURNAMES)),
        title: rng.gen_bool(0.9).then(|| pick(rng, TITLES).to_string()),
        department: None,
    });
    let partner_count = *[0usize, 0, 0, 1, 2].choose(rng).unwrap_or(&0);
    let partners = PARTNERS
        .choose_multiple(rng, partner_count)
        .map(|p| p.to_string())
        .collect();
    let comment = rng
        .gen_bool(0.1)
        .then(|| format!("Avtalet ses över {}.", from_year + rng.gen_range(1..=4)));
    Entry {
        id: format!("syntetisk-{n}"),
        name,
        category,
        academies: chosen.iter().map(|(id, _)| id.clone()).collect(),
        partners,
        department: department.map(|(id, _)| id.clone()),
        contact,
        validity: Validity {
            from,
            until,
            as_written,
        },
        ended,
        description,
        comment,
        links: Vec::new(),
        source: format!("Syntetisk post {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_register_and_it_is_valid() {
        let a = register(300, 7).unwrap();
        assert_eq!(a, register(300, 7).unwrap());
        assert_ne!(a.entries, register(300, 8).unwrap().entries);
        assert_eq!(a.entries.len(), 300);
        assert_eq!(a.validate(), vec![]);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(Register::from_json(&json).unwrap(), a);
        // Every category, status and shape of validity occurs.
        assert!(a.entries.iter().any(|e| e.ended));
        assert!(a.entries.iter().any(|e| e.academies.is_empty()));
        assert!(a
            .entries
            .iter()
            .any(|e| e.validity.until == Some(Until::FurtherNotice)));
        assert!(a.entries.iter().any(|e| e.contact.is_none()));
    }

    #[test]
    fn text_is_as_long_as_the_memos() {
        let real = Register::from_json(crate::MEMO_REGISTER_JSON).unwrap();
        let mean = |r: &Register| {
            r.entries.iter().map(|e| e.description.len()).sum::<usize>() / r.entries.len()
        };
        let synthetic = mean(&register(1000, 1).unwrap());
        let memo = mean(&real);
        assert!(
            synthetic * 2 > memo && synthetic < memo * 2,
            "synthetic {synthetic} bytes, memo {memo}"
        );
    }
}
