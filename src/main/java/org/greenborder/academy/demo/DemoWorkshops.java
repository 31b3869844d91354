package org.greenborder.academy.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.AttendanceStatus;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.ContributionKind;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.EventType;
import org.greenborder.academy.workshop.LinkKind;
import org.greenborder.academy.workshop.Organisation;
import org.greenborder.academy.workshop.Outcome;
import org.greenborder.academy.workshop.OutcomeKind;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.OutcomeStatus;
import org.greenborder.academy.workshop.OwnerType;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Person;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RemoteContribution;
import org.greenborder.academy.workshop.ScopeQuestion;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo workshops, built from the two original texts in the project's seeds and the REN event history:
 * <ul>
 *   <li>the REN/UNEP customs capacity-building workshop in Lao PDR (1–3 April 2014), the SEA ozone officers'
 *       network meeting held in parallel, and the joint meeting of ozone and customs officers on 4 April 2014;</li>
 *   <li>an upcoming Asian Network workshop whose Session 4 reproduces the Secretariat's session design word for
 *       word (dates and venue of this demo edition are illustrative);</li>
 *   <li>two past REN events (Seoul 2015, Bangkok 2016) with outline agendas only.</li>
 * </ul>
 * Facts the sources give (titles, dates, organisers, countries, numbers, needs, recommendations, the Session 4
 * text) are kept as given; names of people, agendas, attendance and action items are invented and the event
 * summaries say so. Everything goes through the workshop services, so their rules apply to the demo data too; the
 * entity manager is used only to empty the persistence context between events (see {@link #detachAll()}).
 */
@Component
class DemoWorkshops {

    static final String LAO_WORKSHOP =
            "Capacity Building Workshop of SEAP Customs Officers on Controlling Illegal Trade in Chemicals and Waste";
    static final String OZONE_NETWORK_MEETING = "Network Meeting of Southeast Asia (SEA) National Ozone Officers";
    static final String JOINT_MEETING = "Joint Meeting of Ozone Officers and Customs Officers";
    static final String ASIAN_NETWORK_WORKSHOP =
            "Asian Network Workshop on the Prevention of Illegal Transboundary Movement of Hazardous Wastes";
    static final String SESSION_4 =
            "Effective Collaborative Measures between Asian Network, Customs Authorities, and International Organization";
    static final String REN_2016 = "5th Annual Workshop of the Regional Enforcement Network for Chemicals and Waste (REN)";
    static final String GREEN_CUSTOMS_2015 = "Regional Green Customs Workshop";
    /** The Asian Network workshop starts this many days after the day the demo data is loaded. */
    static final int ASIAN_NETWORK_STARTS_IN_DAYS = 60;
    static final int ASIAN_NETWORK_CAPACITY = 24;

    static final String ORGANISER_USERNAME = "organiser";
    static final String TRAINEE_USERNAME = "trainee";

    private static final Logger log = LoggerFactory.getLogger(DemoWorkshops.class);

    private static final ZoneId VIENTIANE = ZoneId.of("Asia/Vientiane");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static final String CITY_ASSUMPTION = "UNEP's report of the workshop names only Lao PDR as the venue, so the city"
            + " (Vientiane) is an assumption of this demo.";

    private final WorkshopService workshops;
    private final AgendaService agenda;
    private final BreakoutService breakouts;
    private final ParticipantService participants;
    private final AttendanceService attendance;
    private final OutcomeService outcomes;
    private final UserAccountService accounts;
    private final Clock clock;
    private final EntityManager entityManager;

    /** Who may edit the demo events: the demo organiser, if that account is really the demo one. */
    private Set<String> editors;

    DemoWorkshops(WorkshopService workshops, AgendaService agenda, BreakoutService breakouts, ParticipantService participants,
                  AttendanceService attendance, OutcomeService outcomes, UserAccountService accounts, Clock clock,
                  EntityManager entityManager) {
        this.workshops = workshops;
        this.agenda = agenda;
        this.breakouts = breakouts;
        this.participants = participants;
        this.attendance = attendance;
        this.outcomes = outcomes;
        this.accounts = accounts;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Loads everything; the caller runs it once, in one transaction, under the system identity. */
    void load() {
        Orgs orgs = new Orgs();
        String organiserUsername = linkableUsername(ORGANISER_USERNAME, "Siriporn Chaiyasit");
        String traineeUsername = linkableUsername(TRAINEE_USERNAME, "Khamphet Sisavath");
        // The demo organiser edits every demo event; "system" (which created them) is taken off again.
        editors = organiserUsername == null ? Set.of() : Set.of(organiserUsername);

        Person organiser = person("Siriporn Chaiyasit", "ศิริพร ชัยสิทธิ์", "TH", AgencyType.INTERNATIONAL_ORGANISATION,
                orgs.ozonActionCap, "Programme Officer, OzonAction Compliance Assistance Programme", organiserUsername);
        Person trainee = person("Khamphet Sisavath", "ຄຳເພັດ ສີສະຫວາດ", "LA", AgencyType.CUSTOMS, orgs.laoCustoms,
                "Customs officer, Thanaleng border checkpoint", traineeUsername);
        Person unepExpert = person("Rohan Desai", null, "TH", AgencyType.INTERNATIONAL_ORGANISATION, orgs.ozonActionCap,
                "Montreal Protocol enforcement specialist");

        LaoWeek lao = laoWorkshop(orgs, organiser, trainee, unepExpert);
        detachAll();
        long ozone = ozoneNetworkMeeting(orgs, organiser, lao);
        detachAll();
        long joint = jointMeeting(orgs, organiser, unepExpert, lao);
        detachAll();
        workshops.link(lao.eventId, ozone, LinkKind.PARALLEL_WITH);
        workshops.link(joint, lao.eventId, LinkKind.BACK_TO_BACK_WITH);
        workshops.link(joint, ozone, LinkKind.BACK_TO_BACK_WITH);

        asianNetworkWorkshop(orgs, trainee, unepExpert);
        detachAll();
        greenCustomsWorkshop2015(orgs);
        renAnnualWorkshop2016(orgs);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Lao PDR, April 2014

    /** The people of the Lao workshop that the parallel and joint meetings reuse. */
    private record LaoWeek(long eventId, List<Person> participants, List<Person> ozoneOfficers) {
    }

    private LaoWeek laoWorkshop(Orgs orgs, Person organiser, Person trainee, Person unepExpert) {
        WorkshopEvent event = new WorkshopEvent();
        event.setType(EventType.CAPACITY_BUILDING_WORKSHOP);
        event.setTitle(LAO_WORKSHOP);
        event.setStartDate(LocalDate.of(2014, 4, 1));
        event.setEndDate(LocalDate.of(2014, 4, 3));
        event.setVenueCity("Vientiane");
        event.setVenueCountry(CountryCode.of("LA"));
        event.setTimeZone(VIENTIANE.getId());
        event.setStatus(EventStatus.CLOSED);
        event.setOrganisers(Set.of(orgs.ozonActionCap, orgs.ren));
        event.setPartners(Set.of(orgs.monre));
        event.setNeeds(EnumSet.of(CapacityTheme.INFORMATION_SHARING, CapacityTheme.EXPERTISE, CapacityTheme.LEGISLATION,
                CapacityTheme.RESOURCES, CapacityTheme.TRADE_FACILITATION_BALANCE, CapacityTheme.AWARENESS));
        event.setSummary("""
                Capacity building for customs officers of South-East Asia and Pacific (SEAP) countries, organised by \
                UNEP OzonAction CAP and REN with the Government of Lao PDR through MoNRE, in parallel with the Network \
                Meeting of SEA National Ozone Officers and followed on 4 April by a joint meeting of ozone and customs \
                officers. It answered the capacity-building and information-exchange needs that customs officers had \
                identified at REN's 2nd Network Workshop: information and intelligence sharing, expertise, national \
                legislation, capacity and financial resources, balancing trade facilitation with the control of \
                suspicious shipments, and awareness raising. 16 customs and environmental officers from Cambodia, \
                Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, Timor-Leste, Thailand and Viet Nam took part, \
                with resource persons from UNEP, the Netherlands and Norway; the BRS Secretariat and WCO RILO AP \
                contributed video presentations.

                Demo data: %s The participants' and resource persons' names, the agenda, the attendance and the \
                action items are invented for the demo; the needs and the recommendations are those reported.""".formatted(CITY_ASSUMPTION));
        long id = create(event).getId();

        List<Person> delegates = new ArrayList<>();
        delegates.add(trainee);
        delegates.add(person("Vilayphone Phommachanh", "ວິໄລພອນ ພົມມະຈັນ", "LA", AgencyType.CUSTOMS, orgs.laoCustoms,
                "Deputy Head, Anti-Smuggling Division"));
        delegates.add(person("Souksavanh Keomany", "ສຸກສະຫວັນ ແກ້ວມະນີ", "LA", AgencyType.COMPETENT_AUTHORITY, orgs.monre,
                "Technical officer, Pollution Control Department"));
        delegates.add(person("Sok Dara", "សុខ ដារ៉ា", "KH", AgencyType.CUSTOMS, orgs.cambodiaCustoms,
                "Customs officer, Anti-Smuggling Office"));
        delegates.add(person("Chan Sophea", "ចាន់ សុភា", "KH", AgencyType.NATIONAL_OZONE_UNIT, orgs.cambodiaEnvironment,
                "Assistant, National Ozone Unit"));
        delegates.add(person("Agus Setiawan", null, "ID", AgencyType.CUSTOMS, orgs.indonesiaCustoms,
                "Customs inspector, Tanjung Priok"));
        delegates.add(person("Rina Wulandari", null, "ID", AgencyType.COMPETENT_AUTHORITY, orgs.indonesiaEnvironment,
                "Officer, hazardous waste management"));
        delegates.add(person("Mohd Faizal bin Ismail", null, "MY", AgencyType.CUSTOMS, orgs.malaysiaCustoms,
                "Senior customs officer, Enforcement Division"));
        delegates.add(person("Nurul Aini binti Hassan", null, "MY", AgencyType.COMPETENT_AUTHORITY, orgs.malaysiaEnvironment,
                "Environmental control officer, scheduled waste"));
        delegates.add(person("Aung Kyaw Moe", "အောင်ကျော်မိုး", "MM", AgencyType.CUSTOMS, orgs.myanmarCustoms,
                "Assistant Director, Preventive Division"));
        delegates.add(person("Khin Myat Noe", "ခင်မြတ်နိုး", "MM", AgencyType.NATIONAL_OZONE_UNIT, orgs.myanmarEnvironment,
                "Staff officer, National Ozone Unit"));
        delegates.add(person("Ramon Dela Cruz", null, "PH", AgencyType.CUSTOMS, orgs.philippinesCustoms,
                "Customs operations officer, Port of Manila"));
        delegates.add(person("Maria Theresa Santos", null, "PH", AgencyType.COMPETENT_AUTHORITY, orgs.philippinesEnvironment,
                "Environmental management specialist, chemicals and hazardous waste"));
        delegates.add(person("Jacinto da Costa", null, "TL", AgencyType.CUSTOMS, orgs.timorLesteCustoms,
                "Customs officer, Dili port"));
        delegates.add(person("Somchai Rattanakorn", "สมชาย รัตนากร", "TH", AgencyType.CUSTOMS, orgs.thaiCustoms,
                "Customs technical officer, Investigation and Suppression Bureau"));
        delegates.add(person("Nguyen Van Hung", "Nguyễn Văn Hùng", "VN", AgencyType.CUSTOMS, orgs.vietNamCustoms,
                "Customs officer, Anti-Smuggling and Investigation Department"));

        Registration organiserPlace = register(id, organiser, EventRole.ORGANISER, "UNEP OzonAction CAP");
        List<Registration> places = new ArrayList<>();
        for (Person delegate : delegates) {
            places.add(register(id, delegate, EventRole.PARTICIPANT, delegate.getOrganisation().shortName()));
        }
        Registration unep = register(id, unepExpert, EventRole.RESOURCE_PERSON, "UNEP OzonAction CAP");
        Registration netherlands = register(id, person("Maarten de Groot", null, "NL", AgencyType.COMPETENT_AUTHORITY,
                orgs.netherlandsInspectorate, "Senior inspector, transboundary shipments of waste"), EventRole.RESOURCE_PERSON, "UNEP OzonAction CAP");
        Registration norway = register(id, person("Kari Nordhagen", null, "NO", AgencyType.COMPETENT_AUTHORITY,
                orgs.norwegianEnvironmentAgency, "Senior adviser, waste shipments and chemicals"), EventRole.RESOURCE_PERSON, "UNEP OzonAction CAP");

        LocalDate day1 = event.getStartDate();
        LocalDate day2 = day1.plusDays(1);
        LocalDate day3 = day1.plusDays(2);
        session(id, day1, "09:00", "09:45", SessionKind.PLENARY, "Opening session")
                .scope("Welcome by the Government of Lao PDR (MoNRE) and UNEP; introduction of participants and resource persons.")
                .speakers(unep, organiserPlace).save();
        session(id, day1, "09:45", "10:30", SessionKind.PLENARY, "REN and the objectives of the workshop")
                .scope("How REN supports customs and environment authorities in the region, and the capacity-building and"
                        + " information-exchange needs that customs officers identified at REN's 2nd Network Workshop.")
                .goals("Know what the three days will cover and why",
                        "Agree on the expected outputs: recommendations and national follow-up")
                .speakers(unep).save();
        session(id, day1, "10:30", "10:45", SessionKind.BREAK, "Coffee break").save();
        session(id, day1, "10:45", "12:30", SessionKind.PLENARY,
                "Country presentations (I): frontline difficulties in controlling illegal trade in chemicals and waste")
                .scope("Each delegation presents how its customs and environment authorities control chemicals and waste,"
                        + " recent cases, and the difficulties met at the frontline.")
                .goals("Share national experiences and recent cases", "Identify the difficulties common to the region")
                .save();
        session(id, day1, "12:30", "13:30", SessionKind.BREAK, "Lunch").save();
        session(id, day1, "13:30", "15:00", SessionKind.PLENARY, "Country presentations (II) and discussion of common difficulties")
                .goals("List the region's common difficulties: information sharing, expertise, legislation, resources,"
                        + " trade facilitation, awareness")
                .speakers(unep).save();
        session(id, day1, "15:00", "15:15", SessionKind.BREAK, "Coffee break").save();
        session(id, day1, "15:15", "16:00", SessionKind.PLENARY,
                "Chemicals and waste conventions at the border (video presentation by the BRS Secretariat)")
                .scope("What the Basel, Rotterdam and Stockholm conventions ask of customs, followed by questions to the"
                        + " resource persons in the room.")
                .contribution(new RemoteContribution(ContributionKind.VIDEO_PRESENTATION,
                        "Controlling transboundary movements of hazardous chemicals and wastes: the role of customs", null, orgs.brs))
                .speakers(netherlands).save();
        session(id, day1, "16:00", "17:00", SessionKind.PLENARY,
                "Regional intelligence sharing and enforcement cooperation (video presentation by WCO RILO AP)")
                .scope("How customs administrations in Asia and the Pacific exchange information on suspicious shipments"
                        + " of ozone-depleting substances and waste through WCO RILO AP.")
                .contribution(new RemoteContribution(ContributionKind.VIDEO_PRESENTATION,
                        "Intelligence sharing on suspicious shipments of ODS, chemicals and waste in Asia and the Pacific", null, orgs.rilo))
                .speakers(unep).save();

        session(id, day2, "09:00", "10:30", SessionKind.PLENARY, "Identifying ODS and HFCs: HS codes, labels and refrigerant identifiers")
                .scope("The substances controlled under the Montreal Protocol, their trade names and HS codes, what a"
                        + " cylinder label must show, and testing a suspicious cylinder with a refrigerant identifier.")
                .goals("Recognise controlled substances and the HS codes used to declare them",
                        "Know when to test a cylinder rather than trust its label or colour")
                .speakers(unep).save();
        session(id, day2, "10:30", "10:45", SessionKind.BREAK, "Coffee break").save();
        session(id, day2, "10:45", "12:30", SessionKind.PLENARY, "The Basel procedure and illegal traffic in hazardous waste")
                .scope("Prior informed consent step by step: notification, written consent and contract, the movement"
                        + " document; what makes a shipment illegal traffic, and the duty to take it back.")
                .goals("Check that a waste shipment has the consent and documents it needs",
                        "Know whom to contact when a shipment looks like illegal traffic")
                .speakers(netherlands).save();
        session(id, day2, "12:30", "13:30", SessionKind.BREAK, "Lunch").save();
        session(id, day2, "13:30", "15:00", SessionKind.PLENARY, "Concealment methods and red flags")
                .scope("False declarations, concealment and double layering, waste declared as used equipment,"
                        + " disposable cylinders, and documents that do not match each other.")
                .goals("Recognise the red flags of an illegal shipment of ODS, chemicals or waste")
                .speakers(norway, netherlands).save();
        session(id, day2, "15:00", "15:15", SessionKind.BREAK, "Coffee break").save();
        session(id, day2, "15:15", "16:45", SessionKind.PLENARY, "Practical exercise: checking the documents of a suspicious shipment")
                .scope("In mixed country teams, participants compare an invoice, a bill of lading and a customs declaration,"
                        + " note the inconsistencies and decide what to inspect.")
                .speakers(netherlands, norway).save();

        session(id, day3, "09:00", "10:30", SessionKind.PLENARY, "Risk profiling and targeting of chemicals and waste shipments")
                .scope("Building risk profiles from declarations, routes and traders so that suspicious shipments are"
                        + " stopped while legitimate trade keeps moving.")
                .goals("Draft risk indicators for the participants' own border posts")
                .speakers(norway).save();
        session(id, day3, "10:30", "10:45", SessionKind.BREAK, "Coffee break").save();
        session(id, day3, "10:45", "12:00", SessionKind.PLENARY, "Information and intelligence sharing within and outside the region")
                .scope("National focal points, REN and regional channels for exchanging information on suspicious"
                        + " shipments; what each country can share and how quickly.")
                .speakers(unep).save();
        session(id, day3, "12:00", "13:00", SessionKind.BREAK, "Lunch").save();
        session(id, day3, "13:00", "14:30", SessionKind.PLENARY, "National needs and follow-up actions")
                .scope("Each country team names its most pressing needs and the follow-up it will take after the workshop.")
                .goals("One follow-up action per country, with an owner and a date")
                .speakers(unep, organiserPlace).save();
        session(id, day3, "14:30", "15:30", SessionKind.PLENARY, "Closing session: recommendations and next steps")
                .goals("Agree on the workshop's recommendations", "Agree on next steps for REN and UNEP")
                .speakers(unep, organiserPlace).save();

        // A few late arrivals, absences and apologies, so that attendance rates differ. Session numbers count only
        // the sessions that take attendance (not breaks), from 0.
        List<Registration> everyone = new ArrayList<>(places);
        everyone.addAll(List.of(organiserPlace, unep, netherlands, norway));
        markAttendance(id, everyone, Map.of(
                "Agus Setiawan", Map.of(0, AttendanceStatus.LATE),
                "Khin Myat Noe", Map.of(0, AttendanceStatus.ABSENT, 1, AttendanceStatus.ABSENT, 2, AttendanceStatus.LATE),
                "Maria Theresa Santos", Map.of(4, AttendanceStatus.LATE),
                "Sok Dara", Map.of(6, AttendanceStatus.LATE),
                "Nguyen Van Hung", Map.of(9, AttendanceStatus.ABSENT),
                "Jacinto da Costa", Map.of(10, AttendanceStatus.EXCUSED),
                "Ramon Dela Cruz", Map.of(12, AttendanceStatus.EXCUSED, 13, AttendanceStatus.EXCUSED)));

        // The recommendations as reported; the action items are invented next steps.
        outcome(id, OutcomeKind.RECOMMENDATION, "Improve information and intelligence sharing among the countries within"
                + " and outside the region.", CapacityTheme.INFORMATION_SHARING, OwnerType.NETWORK, null, null, null, OutcomeStatus.IN_PROGRESS);
        outcome(id, OutcomeKind.RECOMMENDATION, "Use an effective regional and national approach to solve the problem,"
                + " including training workshops and awareness-raising activities.", CapacityTheme.AWARENESS, OwnerType.NETWORK,
                null, null, null, OutcomeStatus.IN_PROGRESS);
        outcome(id, OutcomeKind.RECOMMENDATION, "UNEP to continue providing technical support to countries based on the"
                + " needs identified at the workshop.", CapacityTheme.RESOURCES, OwnerType.ORGANISATION, null, orgs.ozonActionCap,
                null, OutcomeStatus.IN_PROGRESS);
        outcome(id, OutcomeKind.ACTION_ITEM, "Circulate the presentations and the participants' contact list to all"
                + " participants.", CapacityTheme.INFORMATION_SHARING, OwnerType.ORGANISATION, null, orgs.ren,
                LocalDate.of(2014, 4, 30), OutcomeStatus.DONE);
        outcome(id, OutcomeKind.ACTION_ITEM, "Nominate customs and MoNRE focal points for exchanging information on"
                + " suspicious shipments through REN.", CapacityTheme.INFORMATION_SHARING, OwnerType.COUNTRY, CountryCode.of("LA"),
                null, LocalDate.of(2014, 6, 30), OutcomeStatus.DONE);
        outcome(id, OutcomeKind.ACTION_ITEM, "Hold a national follow-up training on chemicals and waste for officers of"
                + " the main border checkpoints.", CapacityTheme.EXPERTISE, OwnerType.COUNTRY, CountryCode.of("KH"),
                null, LocalDate.of(2014, 12, 31), OutcomeStatus.DONE);
        outcome(id, OutcomeKind.ACTION_ITEM, "Review national legislation for gaps in the control of hazardous waste"
                + " imports and report at the next REN workshop.", CapacityTheme.LEGISLATION, OwnerType.COUNTRY, CountryCode.of("MM"),
                null, LocalDate.of(2015, 3, 31), OutcomeStatus.OPEN);
        outcome(id, OutcomeKind.ACTION_ITEM, "Pilot risk indicators for refrigerant and waste shipments at two border"
                + " posts without slowing legitimate trade.", CapacityTheme.TRADE_FACILITATION_BALANCE, OwnerType.COUNTRY,
                CountryCode.of("VN"), null, LocalDate.of(2015, 3, 31), OutcomeStatus.IN_PROGRESS);
        outcome(id, OutcomeKind.ACTION_ITEM, "Prepare a request to UNEP for technical assistance on customs controls of"
                + " chemicals and waste.", CapacityTheme.RESOURCES, OwnerType.COUNTRY, CountryCode.of("TL"), null,
                LocalDate.of(2015, 6, 30), OutcomeStatus.OPEN);
        outcome(id, OutcomeKind.ACTION_ITEM, "Organise an awareness event for customs and environment officers on"
                + " illegal shipments of chemicals and waste.", CapacityTheme.AWARENESS, OwnerType.ORGANISATION, null, orgs.ren,
                LocalDate.of(2015, 9, 30), OutcomeStatus.OPEN);

        // The national ozone officers of the parallel meeting, one per country, reused by the joint meeting.
        List<Person> ozoneOfficers = List.of(
                person("Heng Sokunthea", "ហេង សុគន្ធា", "KH", AgencyType.NATIONAL_OZONE_UNIT, orgs.cambodiaEnvironment,
                        "National Ozone Officer"),
                person("Dewi Kartika", null, "ID", AgencyType.NATIONAL_OZONE_UNIT, orgs.indonesiaEnvironment,
                        "National Ozone Officer"),
                person("Bounmy Vongsak", "ບຸນມີ ວົງສັກ", "LA", AgencyType.NATIONAL_OZONE_UNIT, orgs.monre,
                        "National Ozone Officer"),
                person("Tan Mei Ling", null, "MY", AgencyType.NATIONAL_OZONE_UNIT, orgs.malaysiaEnvironment,
                        "National Ozone Officer"),
                person("Thida Win", "သီတာဝင်း", "MM", AgencyType.NATIONAL_OZONE_UNIT, orgs.myanmarEnvironment,
                        "National Ozone Officer"),
                person("Jose Mari Villanueva", null, "PH", AgencyType.NATIONAL_OZONE_UNIT, orgs.philippinesEnvironment,
                        "National Ozone Officer"),
                person("Ana Maria Soares", null, "TL", AgencyType.NATIONAL_OZONE_UNIT, orgs.timorLesteEnvironment,
                        "National Ozone Officer"),
                person("Pranee Sukjai", "ปราณี สุขใจ", "TH", AgencyType.NATIONAL_OZONE_UNIT, orgs.thaiIndustrialWorks,
                        "National Ozone Officer"),
                person("Tran Thi Thu Ha", "Trần Thị Thu Hà", "VN", AgencyType.NATIONAL_OZONE_UNIT, orgs.vietNamEnvironment2014,
                        "National Ozone Officer"));
        return new LaoWeek(id, delegates, ozoneOfficers);
    }

    private long ozoneNetworkMeeting(Orgs orgs, Person organiser, LaoWeek lao) {
        WorkshopEvent event = new WorkshopEvent();
        event.setType(EventType.NETWORK_MEETING);
        event.setTitle(OZONE_NETWORK_MEETING);
        event.setStartDate(LocalDate.of(2014, 4, 1));
        event.setEndDate(LocalDate.of(2014, 4, 3));
        event.setVenueCity("Vientiane");
        event.setVenueCountry(CountryCode.of("LA"));
        event.setTimeZone(VIENTIANE.getId());
        event.setStatus(EventStatus.CLOSED);
        event.setOrganisers(Set.of(orgs.ozonActionCap));
        event.setNeeds(EnumSet.of(CapacityTheme.INTER_AGENCY_COOPERATION, CapacityTheme.INFORMATION_SHARING));
        event.setConventions(EnumSet.of(Convention.MONTREAL));
        event.setSummary("""
                Meeting of the national ozone officers of South-East Asia, convened by UNEP OzonAction CAP in parallel \
                with the capacity-building workshop for SEAP customs officers.

                Demo data: %s The agenda and the participants are invented for the demo.""".formatted(CITY_ASSUMPTION));
        long id = create(event).getId();

        Registration organiserPlace = register(id, organiser, EventRole.ORGANISER, "UNEP OzonAction CAP");
        List<Registration> everyone = new ArrayList<>();
        for (Person officer : lao.ozoneOfficers) {
            everyone.add(register(id, officer, EventRole.PARTICIPANT, officer.getOrganisation().shortName()));
        }
        everyone.add(organiserPlace);

        LocalDate day1 = event.getStartDate();
        session(id, day1, "09:00", "09:45", SessionKind.PLENARY, "Opening and adoption of the agenda")
                .speakers(organiserPlace).save();
        session(id, day1, "09:45", "12:00", SessionKind.PLENARY, "HCFC phase-out: the 2013 freeze and the 2015 reduction step")
                .scope("Country reports on HCFC consumption against the freeze at the 2009–2010 baseline and on the"
                        + " 10% reduction due in 2015.")
                .speakers(organiserPlace).save();
        session(id, day1, "12:00", "13:00", SessionKind.BREAK, "Lunch").save();
        session(id, day1, "13:00", "15:00", SessionKind.PLENARY, "ODS licensing and quota systems: what works and what needs fixing")
                .save();
        session(id, day1.plusDays(1), "09:00", "12:00", SessionKind.PLENARY,
                "Working with customs: informal prior informed consent (iPIC) and reconciling trade data")
                .goals("Each country checks its ODS import data against customs records and partners' export data")
                .speakers(organiserPlace).save();
        session(id, day1.plusDays(2), "09:00", "11:00", SessionKind.PLENARY,
                "Network work programme and preparation of the joint meeting with customs officers")
                .speakers(organiserPlace).save();
        session(id, day1.plusDays(2), "11:00", "12:00", SessionKind.PLENARY, "Closing").save();
        markAttendance(id, everyone, Map.of("Ana Maria Soares", Map.of(0, AttendanceStatus.LATE)));
        return id;
    }

    private long jointMeeting(Orgs orgs, Person organiser, Person unepExpert, LaoWeek lao) {
        WorkshopEvent event = new WorkshopEvent();
        event.setType(EventType.JOINT_MEETING);
        event.setTitle(JOINT_MEETING);
        event.setStartDate(LocalDate.of(2014, 4, 4));
        event.setEndDate(LocalDate.of(2014, 4, 4));
        event.setVenueCity("Vientiane");
        event.setVenueCountry(CountryCode.of("LA"));
        event.setTimeZone(VIENTIANE.getId());
        event.setStatus(EventStatus.CLOSED);
        event.setOrganisers(Set.of(orgs.ozonActionCap, orgs.ren));
        event.setNeeds(EnumSet.of(CapacityTheme.INTER_AGENCY_COOPERATION, CapacityTheme.INFORMATION_SHARING));
        event.setConventions(EnumSet.of(Convention.MONTREAL));
        event.setSummary("""
                One-day meeting convened by UNEP OzonAction CAP and REN back to back with the customs workshop and the \
                ozone officers' network meeting. It aimed to strengthen cooperation between national ozone units and \
                customs for better management of the trade in ozone-depleting substances and for monitoring illegal \
                trade in ODS, chemicals and waste.

                Demo data: %s The agenda, the participants and the action item are invented for the demo.""".formatted(CITY_ASSUMPTION));
        long id = create(event).getId();

        Registration organiserPlace = register(id, organiser, EventRole.ORGANISER, "UNEP OzonAction CAP");
        Registration unep = register(id, unepExpert, EventRole.RESOURCE_PERSON, "UNEP OzonAction CAP");
        List<Registration> everyone = new ArrayList<>(List.of(organiserPlace, unep));
        for (Person person : lao.participants) {
            everyone.add(register(id, person, EventRole.PARTICIPANT, person.getOrganisation().shortName()));
        }
        for (Person person : lao.ozoneOfficers) {
            everyone.add(register(id, person, EventRole.PARTICIPANT, person.getOrganisation().shortName()));
        }

        LocalDate day = event.getStartDate();
        session(id, day, "09:00", "09:30", SessionKind.PLENARY, "Opening and objectives of the joint meeting")
                .speakers(organiserPlace).save();
        session(id, day, "09:30", "10:30", SessionKind.PLENARY,
                "Report back from the customs workshop and the ozone officers' network meeting")
                .speakers(unep, organiserPlace).save();
        session(id, day, "10:30", "10:45", SessionKind.BREAK, "Coffee break").save();
        session(id, day, "10:45", "12:00", SessionKind.PLENARY, "Licences, quotas and customs data: who needs what from whom")
                .scope("How national ozone units share licence and quota data with customs, and how customs reports"
                        + " imports back, so that both see the same figures.")
                .speakers(unep).save();
        session(id, day, "12:00", "13:00", SessionKind.BREAK, "Lunch").save();
        session(id, day, "13:00", "14:30", SessionKind.PLENARY, "Country teams: the ozone officer and the customs officers together")
                .scope("Each country's ozone officer and customs officers agree on how they will work together at home.")
                .goals("A short national cooperation plan per country").save();
        session(id, day, "14:30", "15:30", SessionKind.PLENARY,
                "Monitoring illegal trade in ODS, chemicals and waste together")
                .speakers(unep).save();
        session(id, day, "15:30", "16:00", SessionKind.PLENARY, "Closing").speakers(organiserPlace).save();
        markAttendance(id, everyone, Map.of("Ramon Dela Cruz",
                Map.of(0, AttendanceStatus.EXCUSED, 1, AttendanceStatus.EXCUSED, 2, AttendanceStatus.EXCUSED,
                        3, AttendanceStatus.EXCUSED, 4, AttendanceStatus.EXCUSED, 5, AttendanceStatus.EXCUSED)));

        outcome(id, OutcomeKind.ACTION_ITEM, "Hold a national meeting of the national ozone unit and customs to agree on"
                + " exchanging licence and import data.", CapacityTheme.INTER_AGENCY_COOPERATION, OwnerType.NETWORK, null, null,
                LocalDate.of(2014, 12, 31), OutcomeStatus.IN_PROGRESS);
        return id;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The Asian Network: an upcoming edition with the Secretariat's Session 4

    private void asianNetworkWorkshop(Orgs orgs, Person trainee, Person unepExpert) {
        LocalDate start = LocalDate.now(clock.withZone(TOKYO)).plusDays(ASIAN_NETWORK_STARTS_IN_DAYS);
        WorkshopEvent event = new WorkshopEvent();
        event.setType(EventType.CAPACITY_BUILDING_WORKSHOP);
        event.setTitle(ASIAN_NETWORK_WORKSHOP);
        event.setStartDate(start);
        event.setEndDate(start.plusDays(2));
        event.setVenueCity("Tokyo");
        event.setVenueCountry(CountryCode.of("JP"));
        event.setTimeZone(TOKYO.getId());
        event.setStatus(EventStatus.PUBLISHED);
        event.setCapacity(ASIAN_NETWORK_CAPACITY);
        event.setOrganisers(Set.of(orgs.asianNetworkSecretariat));
        event.setNeeds(EnumSet.of(CapacityTheme.INTER_AGENCY_COOPERATION, CapacityTheme.INFORMATION_SHARING,
                CapacityTheme.ESM_CONFIRMATION));
        event.setConventions(EnumSet.of(Convention.BASEL));
        event.setSummary("""
                Workshop of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes, \
                the Basel Convention network of Brunei, Cambodia, China, Hong Kong SAR, Indonesia, Japan, Korea, \
                Malaysia, the Philippines, Singapore, Thailand and Viet Nam, whose secretariat is held by Japan's \
                Ministry of the Environment. Customs and competent authorities review frontline difficulties and \
                agree on collaborative measures.

                Demo data: the dates and venue of this demo edition are illustrative. Session 4 reproduces the \
                Secretariat's session design (scope, underlying assumptions, breakout groups and expected goals); the \
                other sessions and the participants are invented for the demo.""");
        long id = create(event).getId();

        Registration secretariat = register(id, person("Hiroshi Nakamura", "中村 浩", "JP", AgencyType.COMPETENT_AUTHORITY,
                orgs.asianNetworkSecretariat, "Deputy Director, Office of Waste Import and Export"), EventRole.RESOURCE_PERSON,
                "Secretariat of the Asian Network");
        Registration brs = register(id, person("Claire Fontaine", null, "CH", AgencyType.INTERNATIONAL_ORGANISATION, orgs.brs,
                "Programme officer, illegal traffic and enforcement"), EventRole.RESOURCE_PERSON, "Secretariat of the Asian Network");
        Registration unep = register(id, unepExpert, EventRole.RESOURCE_PERSON, "Secretariat of the Asian Network");

        // The demo trainee works for Lao Customs, and Lao PDR is not a member of the Asian Network: they come as an
        // observer, which gives the trainee account an upcoming event for "my workshops", QR check-in and the evaluation.
        register(id, trainee, EventRole.OBSERVER, "UNEP OzonAction CAP");
        List<Person> members = List.of(
                person("Nur Aqilah binti Haji Yusof", null, "BN", AgencyType.COMPETENT_AUTHORITY, orgs.bruneiEnvironment,
                        "Environment officer, hazardous waste"),
                person("Chea Vuthy", "ជា វុទ្ធី", "KH", AgencyType.CUSTOMS, orgs.cambodiaCustoms, "Customs officer, Sihanoukville port"),
                person("Kim Sreymom", "គីម ស្រីមុំ", "KH", AgencyType.COMPETENT_AUTHORITY, orgs.cambodiaEnvironment,
                        "Officer, Department of Hazardous Substances Management"),
                person("Wang Jian", "王健", "CN", AgencyType.CUSTOMS, orgs.chinaCustoms, "Deputy Division Director, Anti-Smuggling"),
                person("Li Na", "李娜", "CN", AgencyType.COMPETENT_AUTHORITY, orgs.chinaEnvironment,
                        "Programme officer, solid waste and chemicals"),
                person("Chan Ka Wai", "陳家偉", "HK", AgencyType.CUSTOMS, orgs.hongKongCustoms, "Superintendent, Ports and Maritime"),
                person("Wong Siu Ling", "黃小玲", "HK", AgencyType.COMPETENT_AUTHORITY, orgs.hongKongEnvironment,
                        "Environmental protection officer, waste import and export control"),
                person("Budi Santoso", null, "ID", AgencyType.CUSTOMS, orgs.indonesiaCustoms, "Customs investigator"),
                person("Sri Handayani", null, "ID", AgencyType.COMPETENT_AUTHORITY, orgs.indonesiaEnvironment,
                        "Officer, hazardous waste notification"),
                person("Kenji Takahashi", "高橋 健二", "JP", AgencyType.CUSTOMS, orgs.japanCustoms, "Customs inspector, Yokohama"),
                person("Yuko Sato", "佐藤 優子", "JP", AgencyType.COMPETENT_AUTHORITY, orgs.japanEnvironment,
                        "Officer, transboundary movement of wastes"),
                person("Kim Min-jun", "김민준", "KR", AgencyType.CUSTOMS, orgs.koreaCustoms, "Customs officer, Busan"),
                person("Park Ji-young", "박지영", "KR", AgencyType.COMPETENT_AUTHORITY, orgs.koreaEnvironment,
                        "Deputy Director, resource circulation"),
                person("Ahmad Zulkifli bin Omar", null, "MY", AgencyType.CUSTOMS, orgs.malaysiaCustoms, "Customs officer, Port Klang"),
                person("Siti Rahmah binti Yusof", null, "MY", AgencyType.COMPETENT_AUTHORITY, orgs.malaysiaEnvironment,
                        "Principal assistant director, scheduled waste"),
                person("Mark Anthony Reyes", null, "PH", AgencyType.CUSTOMS, orgs.philippinesCustoms,
                        "Customs intelligence officer"),
                person("Kristine Joy Mendoza", null, "PH", AgencyType.COMPETENT_AUTHORITY, orgs.philippinesEnvironment,
                        "Chemical and hazardous waste officer"),
                person("Lim Wei Jie", "林伟杰", "SG", AgencyType.CUSTOMS, orgs.singaporeCustoms, "Senior officer, Intelligence Branch"),
                person("Priya Nair", null, "SG", AgencyType.COMPETENT_AUTHORITY, orgs.singaporeEnvironment,
                        "Executive, hazardous substances and waste"),
                person("Anan Wongsuwan", "อนันต์ วงศ์สุวรรณ", "TH", AgencyType.CUSTOMS, orgs.thaiCustoms,
                        "Customs technical officer, Laem Chabang"),
                person("Kanokwan Srisuk", "กนกวรรณ ศรีสุข", "TH", AgencyType.COMPETENT_AUTHORITY, orgs.thaiIndustrialWorks,
                        "Engineer, hazardous waste import and export"),
                person("Le Minh Tuan", "Lê Minh Tuấn", "VN", AgencyType.CUSTOMS, orgs.vietNamCustoms, "Customs officer, Hai Phong"),
                person("Pham Thi Mai", "Phạm Thị Mai", "VN", AgencyType.COMPETENT_AUTHORITY, orgs.vietNamEnvironment,
                        "Officer, waste management"));
        for (Person member : members) {
            register(id, member, EventRole.PARTICIPANT, member.getOrganisation().shortName());
        }
        // Put forward after the places ran out: these two go on the waitlist.
        register(id, person("Daisuke Ito", "伊藤 大輔", "JP", AgencyType.CUSTOMS, orgs.japanCustoms, "Customs inspector, Osaka"),
                EventRole.PARTICIPANT, orgs.japanCustoms.shortName());
        register(id, person("Lee Seo-yeon", "이서연", "KR", AgencyType.CUSTOMS, orgs.koreaCustoms, "Customs officer, Incheon"),
                EventRole.PARTICIPANT, orgs.koreaCustoms.shortName());

        LocalDate day1 = start;
        LocalDate day2 = start.plusDays(1);
        LocalDate day3 = start.plusDays(2);
        session(id, day1, "09:30", "10:00", SessionKind.PLENARY, "Opening session").speakers(secretariat).save();
        session(id, day1, "10:00", "12:00", SessionKind.PLENARY, "Frontline enforcement: difficulties and obstacles")
                .scope("Country reports by the customs and competent authorities of each member on recent cases of illegal"
                        + " transboundary movement of hazardous wastes and the difficulties met at the frontline.")
                .goals("Identify the difficulties and obstacles that members share")
                .save();
        session(id, day1, "12:00", "13:30", SessionKind.BREAK, "Lunch").save();
        session(id, day1, "13:30", "15:30", SessionKind.PLENARY, "Ongoing activities of relevant organizations")
                .scope("Updates from the BRS Secretariat, UNEP (REN) and the WCO on activities that support the enforcement"
                        + " of the Basel Convention in Asia.")
                .contribution(new RemoteContribution(ContributionKind.LIVE_LINK,
                        "Intelligence sharing on hazardous waste shipments in Asia and the Pacific", null, orgs.rilo))
                .speakers(brs, unep).save();
        session(id, day1, "15:30", "15:45", SessionKind.BREAK, "Coffee break").save();
        session(id, day1, "15:45", "17:15", SessionKind.PLENARY, "Plastic waste and e-waste at the border: the amended Basel annexes")
                .scope("What the plastic waste amendments (in force since 1 January 2021) and the e-waste amendments (in force"
                        + " since 1 January 2025) change for customs checks, and how to tell used equipment from waste.")
                .speakers(brs).save();

        AgendaSession session4 = session(id, day2, "09:30", "12:30", SessionKind.BREAKOUT, SESSION_4)
                .room("Breakout rooms A and B")
                .scope("""
                        Group A: Given the difficulties and obstacles in the frontline enforcement activities and ongoing \
                        activities by relevant organizations identified in the previous sessions, how the Asian Network \
                        can address the following issues? (questions a-d)
                        Group B: Based on the group analysis on the following issues; (questions a-b) What kind of \
                        measures the Asian Network should seek for? (questions c-d)""")
                .assumptions(
                        "With progress of globalization and rapid economic development in Asia, TBM of HW remains and even"
                                + " increases its importance in the international agenda of cross-border environmental crime.",
                        "In order for tackling illegal TBM of HW, an independent effort by CA of the Basel Convention is not"
                                + " sufficient: there is a growing need for the concerted efforts by the customs and competent"
                                + " authorities for stricter joint control at both national and international levels.",
                        "It is therefore essential to strengthen cooperation and collaboration among the national relevant"
                                + " authorities and international organizations in order for better enforcement of the Basel"
                                + " Convention.",
                        "The Asian Network can provide a functioned platform focusing on TBM of HW upon which those"
                                + " collaborative measures be expanded.",
                        "The ultimate goal should be to ensure that TBM of HW, especially destined to developing countries,"
                                + " constitutes an ESM of those wastes as required by the Basel Convention.")
                // the four sub-items of the first goal are indented, as in the Secretariat's slide
                .goals("Come up and agree with some effective collaborative measures the Asian Network should promote including;",
                        "  Strengthening cooperation at the national level",
                        "  Strengthening cross-border and regional collaboration",
                        "  Promoting intelligence sharing",
                        "  Confirmation system that ESM of exported/imported hazardous wastes can be ensured",
                        "Identify next steps the Asian Network and member countries should undertake")
                .speakers(secretariat).save();
        BreakoutGroup groupA = new BreakoutGroup("Group A",
                "Enhanced collaboration between the customs and competent authorities of the Basel Convention");
        groupA.setQuestions(List.of(
                new ScopeQuestion("a", "Priority areas to be addressed among the frontline enforcement difficulties/obstacles"),
                new ScopeQuestion("b", "Control measures to be undertaken for tackling those difficulties/obstacles at the"
                        + " national and regional levels"),
                new ScopeQuestion("c", "Activities (or project) to be considered and formulated for strengthening cross-border"
                        + " and regional collaboration"),
                new ScopeQuestion("d", "Possible coordinated system for intelligence sharing and international framework for"
                        + " collaboration")));
        breakouts.save(session4.getId(), groupA);
        BreakoutGroup groupB = new BreakoutGroup("Group B",
                "Effective measures for ensuring environmentally sound management of traded hazardous wastes");
        groupB.setQuestions(List.of(
                new ScopeQuestion("a", "Current situations of TBM of hazardous wastes in the region"),
                new ScopeQuestion("b", "Reasons for TBM of HW where ESM cannot be ensured"),
                new ScopeQuestion("c", "Necessary measures to address the reasons identified above and to ensure TBM of HW"
                        + " where recycling and treatment is conducted in an environmentally sound manner"),
                // the Secretariat's slide gives this item no letter
                new ScopeQuestion("d", "Activities to be considered and formulated for monitoring and confirming the"
                        + " completion of ESM in the destined facilities")));
        breakouts.save(session4.getId(), groupB);
        for (BreakoutGroup group : breakouts.autoAssign(session4.getId(), false)) {
            // Group A's rapporteur comes from customs, Group B's from a competent authority (a member, not the observer)
            AgencyType wanted = group.getLabel().equals("Group A") ? AgencyType.CUSTOMS : AgencyType.COMPETENT_AUTHORITY;
            group.getMembers().stream()
                    .filter(member -> member.getRole() == EventRole.PARTICIPANT && member.getPerson().getAgencyType() == wanted)
                    .min(Comparator.comparing(member -> member.getPerson().getFullName()))
                    .ifPresent(rapporteur -> {
                        group.setRapporteur(rapporteur);
                        breakouts.save(session4.getId(), group);
                    });
        }

        session(id, day2, "12:30", "13:30", SessionKind.BREAK, "Lunch").save();
        session(id, day2, "13:30", "15:00", SessionKind.PLENARY, "Report back from the breakout groups")
                .scope("The rapporteurs of Groups A and B present their groups' answers to the scope questions,"
                        + " followed by a plenary discussion.")
                .speakers(secretariat).save();
        session(id, day3, "09:00", "12:00", SessionKind.SITE_VISIT, "Site visit: a licensed recycling facility")
                .scope("How a facility records the receipt and environmentally sound treatment of imported waste: the kind"
                        + " of confirmation Group B discusses.")
                .save();
        session(id, day3, "12:00", "13:30", SessionKind.BREAK, "Lunch").save();
        session(id, day3, "13:30", "15:00", SessionKind.PLENARY, "Summary of the workshop and next steps")
                .goals("Agree on the next steps of the Asian Network and its members until the next workshop")
                .speakers(secretariat, unep).save();
        session(id, day3, "15:00", "15:30", SessionKind.PLENARY, "Closing session").speakers(secretariat).save();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Past REN events, outlines only

    private void greenCustomsWorkshop2015(Orgs orgs) {
        WorkshopEvent event = new WorkshopEvent();
        event.setType(EventType.CAPACITY_BUILDING_WORKSHOP);
        event.setTitle(GREEN_CUSTOMS_2015);
        event.setStartDate(LocalDate.of(2015, 11, 10));
        event.setEndDate(LocalDate.of(2015, 11, 13));
        event.setVenueCity("Seoul");
        event.setVenueCountry(CountryCode.of("KR"));
        event.setTimeZone(SEOUL.getId());
        event.setStatus(EventStatus.CLOSED);
        event.setOrganisers(Set.of(orgs.ren));
        event.setNeeds(EnumSet.of(CapacityTheme.EXPERTISE, CapacityTheme.SUBSTANCE_IDENTIFICATION, CapacityTheme.AWARENESS));
        event.setSummary("""
                Regional Green Customs workshop with 40 participants from 20 countries, including a one-day site visit \
                to Incheon port.

                Demo data: the agenda is an outline invented for the demo, and no participant list is loaded.""");
        long id = create(event).getId();
        LocalDate day1 = event.getStartDate();
        session(id, day1, "09:00", "09:45", SessionKind.PLENARY, "Opening session").save();
        session(id, day1, "09:45", "12:00", SessionKind.PLENARY, "The Green Customs Initiative and trade-related environmental agreements").save();
        session(id, day1, "12:00", "13:00", SessionKind.BREAK, "Lunch").save();
        session(id, day1, "13:00", "16:30", SessionKind.PLENARY, "Ozone-depleting substances and HFCs: identification and licensing").save();
        session(id, day1.plusDays(1), "09:00", "12:00", SessionKind.PLENARY, "Hazardous waste and chemicals: Basel and Rotterdam procedures at the border").save();
        session(id, day1.plusDays(1), "12:00", "13:00", SessionKind.BREAK, "Lunch").save();
        session(id, day1.plusDays(1), "13:00", "16:30", SessionKind.PLENARY, "Risk profiling and document checks").save();
        session(id, day1.plusDays(2), "08:30", "17:00", SessionKind.SITE_VISIT, "Site visit to Incheon port")
                .scope("Container targeting and inspection in practice at a major port.").save();
        session(id, day1.plusDays(3), "09:00", "12:00", SessionKind.PLENARY, "Case studies and regional cooperation").save();
        session(id, day1.plusDays(3), "12:00", "12:30", SessionKind.PLENARY, "Closing session").save();
    }

    private void renAnnualWorkshop2016(Orgs orgs) {
        WorkshopEvent event = new WorkshopEvent();
        event.setType(EventType.NETWORK_MEETING);
        event.setTitle(REN_2016);
        event.setStartDate(LocalDate.of(2016, 11, 8));
        event.setEndDate(LocalDate.of(2016, 11, 9));
        event.setVenueCity("Bangkok");
        event.setVenueCountry(CountryCode.of("TH"));
        event.setTimeZone(BANGKOK.getId());
        event.setStatus(EventStatus.CLOSED);
        event.setOrganisers(Set.of(orgs.ren));
        event.setNeeds(EnumSet.of(CapacityTheme.INFORMATION_SHARING, CapacityTheme.INTER_AGENCY_COOPERATION));
        event.setSummary("""
                REN's fifth annual workshop, with 15 countries taking part.

                Demo data: the agenda is an outline invented for the demo, and no participant list is loaded.""");
        long id = create(event).getId();
        LocalDate day1 = event.getStartDate();
        session(id, day1, "09:00", "09:30", SessionKind.PLENARY, "Opening session").save();
        session(id, day1, "09:30", "12:00", SessionKind.PLENARY, "Country updates: enforcement against illegal trade in chemicals and waste").save();
        session(id, day1, "12:00", "13:00", SessionKind.BREAK, "Lunch").save();
        session(id, day1, "13:00", "15:00", SessionKind.PLENARY, "Updates from REN's partners").save();
        session(id, day1, "15:15", "16:30", SessionKind.PLENARY, "Information and intelligence sharing among member countries").save();
        session(id, day1.plusDays(1), "09:00", "11:30", SessionKind.PLENARY, "Priorities for the network's next phase").save();
        session(id, day1.plusDays(1), "11:30", "12:00", SessionKind.PLENARY, "Recommendations and closing").save();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Organisations

    /** The organisations of the demo; {@link WorkshopService#organisation} reuses any that already exist by name. */
    private final class Orgs {
        final Organisation ozonActionCap = org("UNEP OzonAction Compliance Assistance Programme", "UNEP OzonAction CAP", "TH");
        final Organisation ren = org("Regional Enforcement Network for Chemicals and Waste", "REN", null);
        final Organisation monre = org("Government of Lao PDR — Ministry of Natural Resources and Environment", "MoNRE", "LA");
        final Organisation brs = org("Secretariat of the Basel, Rotterdam and Stockholm Conventions", "BRS Secretariat", "CH");
        final Organisation rilo = org("WCO Regional Intelligence Liaison Office for Asia and the Pacific", "WCO RILO AP", null);
        final Organisation asianNetworkSecretariat = org("Secretariat of the Asian Network for Prevention of Illegal"
                + " Transboundary Movement of Hazardous Wastes (Ministry of the Environment, Japan)", "Secretariat of the Asian Network", "JP");
        // resource persons' organisations: plausible names, not a claim about who actually came
        final Organisation netherlandsInspectorate = org("Human Environment and Transport Inspectorate (ILT), Netherlands", "ILT", "NL");
        final Organisation norwegianEnvironmentAgency = org("Norwegian Environment Agency", null, "NO");
        // customs and environment authorities
        final Organisation laoCustoms = org("Lao Customs Department, Ministry of Finance", "Lao Customs", "LA");
        final Organisation cambodiaCustoms = org("General Department of Customs and Excise of Cambodia", "GDCE", "KH");
        final Organisation cambodiaEnvironment = org("Ministry of Environment, Cambodia", null, "KH");
        final Organisation indonesiaCustoms = org("Directorate General of Customs and Excise, Indonesia", null, "ID");
        final Organisation indonesiaEnvironment = org("Ministry of Environment, Indonesia", null, "ID");
        final Organisation malaysiaCustoms = org("Royal Malaysian Customs Department", null, "MY");
        final Organisation malaysiaEnvironment = org("Department of Environment, Malaysia", null, "MY");
        final Organisation myanmarCustoms = org("Customs Department, Myanmar", null, "MM");
        final Organisation myanmarEnvironment = org("Ministry of Environmental Conservation and Forestry, Myanmar", null, "MM");
        final Organisation philippinesCustoms = org("Bureau of Customs, Philippines", null, "PH");
        final Organisation philippinesEnvironment = org("Environmental Management Bureau, DENR, Philippines", null, "PH");
        final Organisation timorLesteCustoms = org("National Directorate of Customs, Timor-Leste", null, "TL");
        final Organisation timorLesteEnvironment = org("National Directorate for Environment, Timor-Leste", null, "TL");
        final Organisation thaiCustoms = org("Thai Customs Department", null, "TH");
        final Organisation thaiIndustrialWorks = org("Department of Industrial Works, Thailand", null, "TH");
        final Organisation vietNamCustoms = org("General Department of Viet Nam Customs", null, "VN");
        final Organisation vietNamEnvironment2014 = org("Ministry of Natural Resources and Environment, Viet Nam", null, "VN");
        final Organisation vietNamEnvironment = org("Ministry of Agriculture and Environment, Viet Nam", null, "VN");
        final Organisation bruneiEnvironment = org("Department of Environment, Parks and Recreation, Brunei Darussalam", null, "BN");
        final Organisation chinaCustoms = org("General Administration of Customs of China", null, "CN");
        final Organisation chinaEnvironment = org("Ministry of Ecology and Environment, China", null, "CN");
        final Organisation hongKongCustoms = org("Customs and Excise Department, Hong Kong SAR", null, "HK");
        final Organisation hongKongEnvironment = org("Environmental Protection Department, Hong Kong SAR", null, "HK");
        final Organisation japanCustoms = org("Japan Customs, Ministry of Finance", null, "JP");
        final Organisation japanEnvironment = org("Ministry of the Environment, Japan", null, "JP");
        final Organisation koreaCustoms = org("Korea Customs Service", null, "KR");
        final Organisation koreaEnvironment = org("Ministry of Environment, Republic of Korea", null, "KR");
        final Organisation singaporeCustoms = org("Singapore Customs", null, "SG");
        final Organisation singaporeEnvironment = org("National Environment Agency, Singapore", null, "SG");

        private Organisation org(String name, String acronym, String country) {
            return workshops.organisation(name, acronym, country == null ? null : CountryCode.of(country));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers over the services

    /**
     * The demo account's user name, if that account exists, is the demo person, and no one else is linked to it yet;
     * otherwise null (a site that already had a user of that name keeps it unlinked).
     */
    private String linkableUsername(String username, String fullName) {
        boolean demoAccount = accounts.findByUsername(username).map(account -> fullName.equals(account.getFullName())).orElse(false);
        boolean free = participants.searchPeople(null).stream().noneMatch(person -> username.equals(person.getUsername()));
        if (!demoAccount || !free) {
            log.warn("Demo person {} not linked to the account '{}': that account is not the demo one or is already linked",
                    fullName, username);
            return null;
        }
        return username;
    }

    /**
     * Writes what is pending and empties the persistence context between events. Nothing is changed by this; it
     * only stops every later flush from dirty-checking the thousand-odd entities of the events already loaded,
     * which made the seed three times slower.
     */
    private void detachAll() {
        entityManager.flush();
        entityManager.clear();
    }

    private WorkshopEvent create(WorkshopEvent event) {
        WorkshopEvent created = workshops.create(event);
        if (editors.isEmpty()) {
            return created; // no demo organiser: the creator ("system") stays the only editor
        }
        created.setEditors(editors);
        return workshops.update(created);
    }

    private Person person(String fullName, String localName, String country, AgencyType agency, Organisation organisation,
                          String jobTitle) {
        return person(fullName, localName, country, agency, organisation, jobTitle, null);
    }

    /** A person, linked to the user account of that name if {@code username} is not null. */
    private Person person(String fullName, String localName, String country, AgencyType agency, Organisation organisation,
                          String jobTitle, String username) {
        Person person = new Person(fullName, CountryCode.of(country), agency, organisation);
        person.setLocalName(localName);
        person.setJobTitle(jobTitle);
        person.setUsername(username);
        return participants.savePerson(person);
    }

    /** Nominates and approves: confirmed while there are places, else waitlisted. */
    private Registration register(long eventId, Person person, EventRole role, String nominatedBy) {
        Registration nominated = participants.nominate(eventId, person.getId(), role, nominatedBy);
        return participants.approve(nominated.getId());
    }

    private void outcome(long eventId, OutcomeKind kind, String text, CapacityTheme theme, OwnerType ownerType,
                         CountryCode ownerCountry, Organisation ownerOrganisation, LocalDate due, OutcomeStatus status) {
        Outcome outcome = new Outcome();
        outcome.setKind(kind);
        outcome.setText(text);
        outcome.setTheme(theme);
        outcome.setOwnerType(ownerType);
        outcome.setOwnerCountry(ownerCountry);
        outcome.setOwnerOrganisation(ownerOrganisation);
        outcome.setDueDate(due);
        outcome.setStatus(status);
        outcomes.save(eventId, outcome);
    }

    /**
     * Marks everyone present at every session that takes attendance, except the given marks: full name → (index
     * of the session among those that take attendance → status).
     */
    private void markAttendance(long eventId, List<Registration> registrations,
                                Map<String, Map<Integer, AttendanceStatus>> exceptions) {
        List<AgendaSession> sessions = agenda.agenda(eventId).stream().filter(AgendaSession::takesAttendance).toList();
        for (int i = 0; i < sessions.size(); i++) {
            Map<AttendanceStatus, List<Long>> byStatus = new EnumMap<>(AttendanceStatus.class);
            for (Registration registration : registrations) {
                AttendanceStatus status = exceptions.getOrDefault(registration.getPerson().getFullName(), Map.of())
                        .getOrDefault(i, AttendanceStatus.PRESENT);
                byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(registration.getId());
            }
            for (Map.Entry<AttendanceStatus, List<Long>> marks : byStatus.entrySet()) {
                attendance.mark(sessions.get(i).getId(), marks.getValue(), marks.getKey());
            }
            detachAll();
        }
    }

    private SessionDraft session(long eventId, LocalDate day, String from, String to, SessionKind kind, String title) {
        return new SessionDraft(eventId, day, from, to, kind, title);
    }

    /** A session being put together, saved through {@link AgendaService#save}. */
    private final class SessionDraft {
        private final long eventId;
        private final AgendaSession session = new AgendaSession();

        SessionDraft(long eventId, LocalDate day, String from, String to, SessionKind kind, String title) {
            this.eventId = eventId;
            session.setDay(day);
            session.setStartTime(LocalTime.parse(from));
            session.setEndTime(LocalTime.parse(to));
            session.setKind(kind);
            session.setTitle(title);
        }

        SessionDraft scope(String scope) {
            session.setScope(scope);
            return this;
        }

        SessionDraft room(String room) {
            session.setRoom(room);
            return this;
        }

        SessionDraft assumptions(String... assumptions) {
            session.setAssumptions(String.join("\n", assumptions));
            return this;
        }

        SessionDraft goals(String... goals) {
            session.setExpectedGoals(String.join("\n", goals));
            return this;
        }

        SessionDraft speakers(Registration... speakers) {
            session.setSpeakers(new LinkedHashSet<>(Arrays.asList(speakers)));
            return this;
        }

        SessionDraft contribution(RemoteContribution contribution) {
            List<RemoteContribution> all = new ArrayList<>(session.getContributions());
            all.add(contribution);
            session.setContributions(all);
            return this;
        }

        AgendaSession save() {
            return agenda.save(eventId, session);
        }
    }
}
