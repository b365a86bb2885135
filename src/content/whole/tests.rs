//! The word checks: abbreviations, adverts in the present tense, "offender".

mod words {
    use super::super::{
        abbreviations_in, speaks_of_an_advert_in_the_present as present, spells_out,
    };

    #[test]
    fn abbreviations_are_capital_words_but_not_postcodes_or_well_known_ones() {
        assert_eq!(
            abbreviations_in("Work with CMHTs and the MDT, for the NHS."),
            ["CMHT", "MDT"]
        );
        assert_eq!(
            abbreviations_in("Kent ME12 4DZ; Band 6; IT skills; a GP"),
            Vec::<&str>::new()
        );
        assert_eq!(abbreviations_in("A DBS check and a DBS form"), ["DBS"]);
        assert!(abbreviations_in("Standard healthcare, Category B").is_empty());
    }

    #[test]
    fn an_abbreviation_is_spelled_out_either_way_round() {
        assert!(spells_out(
            "continuing professional development (CPD)",
            "CPD"
        ));
        assert!(spells_out(
            "a DBS (Disclosure and Barring Service) check",
            "DBS"
        ));
        assert!(spells_out("community mental health teams (CMHTs)", "CMHT"));
        assert!(!spells_out("a DBS check", "DBS"));
    }

    #[test]
    fn an_advert_in_the_present_tense_is_caught_and_the_past_is_not() {
        assert!(present(
            "The advertised bank post covers the seven Kent prisons."
        ));
        assert!(present(
            "The advert for bank practitioners in the Kent prisons offers up to 37.5 hours a week."
        ));
        assert!(present(
            "The mental health practitioner advert asks staff to report it."
        ));
        assert!(!present(
            "The advertised bank post covered the seven Kent prisons."
        ));
        assert!(!present(
            "The advert for bank practitioners offered up to 37.5 hours a week."
        ));
        assert!(!present("A job advert can name someone to contact."));
        assert!(!present("Each site's page lists the roles the trust has advertised there, where a source says so."));
        assert!(!present("Each job advert says the hours of its post."));
        assert!(!present(
            "The trust may still advertise a job. It is worth asking."
        ));
    }
}

mod own_words {
    use super::super::names_a_person_an_offender as flagged;

    #[test]
    fn offender_for_a_person_is_caught_and_the_services_name_is_not() {
        assert!(flagged("Care for offenders with mental health needs"));
        assert!(flagged(
            "the unique challenges within the offender population"
        ));
        assert!(flagged("An Offender manager"));
        assert!(!flagged("Careers in offender healthcare"));
        assert!(!flagged("Working in offender care"));
        assert!(!flagged("Opportunities in offender health care"));
        assert!(!flagged("care for people in prison"));
    }
}
