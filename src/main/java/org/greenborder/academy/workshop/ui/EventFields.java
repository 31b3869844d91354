package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.security.AccountName;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.EventType;
import org.greenborder.academy.workshop.Organisation;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;

/** The fields of an event's details, shared by the "new event" dialog and the details tab. */
class EventFields {

    /** The usual time zone of each country in the region, offered when the venue country is chosen. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("BN", "Asia/Brunei"), Map.entry("KH", "Asia/Phnom_Penh"), Map.entry("CN", "Asia/Shanghai"),
            Map.entry("HK", "Asia/Hong_Kong"), Map.entry("ID", "Asia/Jakarta"), Map.entry("JP", "Asia/Tokyo"),
            Map.entry("KR", "Asia/Seoul"), Map.entry("LA", "Asia/Vientiane"), Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("MM", "Asia/Yangon"), Map.entry("PH", "Asia/Manila"), Map.entry("SG", "Asia/Singapore"),
            Map.entry("TH", "Asia/Bangkok"), Map.entry("TL", "Asia/Dili"), Map.entry("VN", "Asia/Ho_Chi_Minh"),
            Map.entry("IN", "Asia/Kolkata"), Map.entry("BD", "Asia/Dhaka"), Map.entry("LK", "Asia/Colombo"),
            Map.entry("NP", "Asia/Kathmandu"), Map.entry("PK", "Asia/Karachi"), Map.entry("MN", "Asia/Ulaanbaatar"),
            Map.entry("BT", "Asia/Thimphu"), Map.entry("MV", "Indian/Maldives"), Map.entry("AF", "Asia/Kabul"),
            Map.entry("IR", "Asia/Tehran"), Map.entry("KP", "Asia/Pyongyang"), Map.entry("FJ", "Pacific/Fiji"),
            Map.entry("CH", "Europe/Zurich"), Map.entry("KE", "Africa/Nairobi"), Map.entry("FR", "Europe/Paris"));

    final Select<EventType> type = new Select<>();
    final TextField title = new TextField("Title");
    final DatePicker startDate = new DatePicker("Start date");
    final DatePicker endDate = new DatePicker("End date");
    final TextField venueCity = new TextField("City");
    final ComboBox<CountryCode> venueCountry = new ComboBox<>("Country");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final Select<EventStatus> status = new Select<>();
    final IntegerField capacity = new IntegerField("Places for participants");
    final TextArea summary = new TextArea("Aim and summary");
    final MultiSelectComboBox<Organisation> organisers = new MultiSelectComboBox<>("Organisers");
    final MultiSelectComboBox<Organisation> partners = new MultiSelectComboBox<>("Partners");
    final MultiSelectComboBox<CapacityTheme> needs = new MultiSelectComboBox<>("Capacity needs addressed");
    final MultiSelectComboBox<Convention> conventions = new MultiSelectComboBox<>("Conventions covered");
    final MultiSelectComboBox<AccountName> editors = new MultiSelectComboBox<>("Who can edit");

    private final WorkshopService workshops;
    private final boolean full;

    EventFields(WorkshopService workshops, boolean full) {
        this.workshops = workshops;
        this.full = full;
        type.setLabel("Type");
        type.setId("event-type");
        type.setItems(EventType.values());
        type.setItemLabelGenerator(EventType::label);
        title.setId("event-title");
        title.setMaxLength(WorkshopEvent.TITLE_MAX);
        startDate.setId("event-start");
        endDate.setId("event-end");
        startDate.addValueChangeListener(change -> {
            if (change.getValue() != null && (endDate.getValue() == null || endDate.getValue().isBefore(change.getValue()))) {
                endDate.setValue(change.getValue());
            }
        });
        venueCity.setId("event-city");
        venueCity.setMaxLength(WorkshopEvent.CITY_MAX);
        venueCountry.setId("event-country");
        venueCountry.setItems(CountryCode.all());
        venueCountry.setItemLabelGenerator(CountryCode::displayName);
        venueCountry.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && ZONES.containsKey(change.getValue().value())) {
                timeZone.setValue(ZONES.get(change.getValue().value()));
            }
        });
        timeZone.setId("event-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList());
        timeZone.setHelperText("Agenda times are in this zone");
        status.setLabel("Status");
        status.setId("event-status");
        status.setItems(EventStatus.values());
        status.setItemLabelGenerator(EventStatus::label);
        capacity.setId("event-capacity");
        capacity.setHelperText("Participants and observers; empty for no limit");
        capacity.setMin(1);
        summary.setId("event-summary");
        summary.setMaxLength(WorkshopEvent.SUMMARY_MAX);
        if (full) {
            List<Organisation> known = workshops.organisations();
            for (MultiSelectComboBox<Organisation> field : List.of(organisers, partners)) {
                field.setItems(known);
                field.setItemLabelGenerator(Organisation::shortName);
                field.setAllowCustomValue(true);
                field.setHelperText("Type a new name and press Enter to add an organisation");
                field.addCustomValueSetListener(custom -> Feedback.attempt(() -> workshops.organisation(custom.getDetail(), null, null))
                        .ifPresent(created -> {
                            List<Organisation> all = workshops.organisations();
                            organisers.setItems(all);
                            partners.setItems(all);
                            Set<Organisation> selected = new LinkedHashSet<>(field.getValue());
                            selected.add(created);
                            field.setValue(selected);
                        }));
            }
            organisers.setId("event-organisers");
            partners.setId("event-partners");
            needs.setId("event-needs");
            needs.setItems(CapacityTheme.values());
            needs.setItemLabelGenerator(CapacityTheme::label);
            conventions.setId("event-conventions");
            conventions.setItems(Convention.values());
            conventions.setItemLabelGenerator(Convention::label);
            conventions.setHelperText("Leave empty for an event across all conventions");
            editors.setId("event-editors");
            editors.setItemLabelGenerator(AccountName::toString);
        }
    }

    void bind(BeanValidationBinder<WorkshopEvent> binder) {
        binder.forField(type).bind("type");
        binder.forField(title).bind("title");
        binder.forField(startDate).bind("startDate");
        binder.forField(endDate).bind("endDate");
        binder.forField(venueCity).bind("venueCity");
        binder.forField(venueCountry).asRequired("Choose the country").bind("venueCountry");
        binder.forField(timeZone).asRequired("Choose the time zone").bind("timeZone");
        if (full) {
            binder.forField(status).bind("status");
            binder.forField(capacity).bind("capacity");
            binder.forField(summary).withNullRepresentation("").bind("summary");
            binder.forField(organisers).bind(WorkshopEvent::getOrganisers, WorkshopEvent::setOrganisers);
            binder.forField(partners).bind(WorkshopEvent::getPartners, WorkshopEvent::setPartners);
            binder.forField(needs).bind(WorkshopEvent::getNeeds, WorkshopEvent::setNeeds);
            binder.forField(conventions).bind(WorkshopEvent::getConventions, WorkshopEvent::setConventions);
        }
    }

    /** Offers the organiser accounts as editors and shows the current ones, including any no longer enabled. */
    void bindEditors(BeanValidationBinder<WorkshopEvent> binder, List<AccountName> organiserAccounts) {
        editors.setItems(organiserAccounts);
        Map<String, AccountName> byUsername = organiserAccounts.stream()
                .collect(Collectors.toMap(AccountName::username, account -> account, (a, b) -> a));
        binder.forField(editors)
                .withConverter(
                        (Set<AccountName> selected) -> selected.stream().map(AccountName::username).collect(Collectors.toSet()),
                        (Set<String> usernames) -> usernames.stream()
                                .map(username -> byUsername.getOrDefault(username, new AccountName(username, username)))
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .bind(WorkshopEvent::getEditors, WorkshopEvent::setEditors);
    }
}
