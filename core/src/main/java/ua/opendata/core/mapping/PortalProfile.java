package ua.opendata.core.mapping;

import java.util.List;
import java.util.Objects;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.passport.Passport;

/**
 * How passports map to the datasets of one kind of CKAN portal, and back.
 *
 * <p>Both profiles write the same core fields: title → {@code title}, description → {@code notes},
 * responsible person → {@code maintainer} / {@code maintainer_email}, keywords → {@code tags[]}, the
 * licence and (on create) the organization from the {@link PublishTarget}, and each distribution as a
 * resource (link, format label, name = title, mimetype, size) marked with the resource key
 * {@code r835_distribution} = the distribution's link in the passport, which stays stable when the file is
 * later uploaded. The structure link (element 14) is a resource named «Структура набору даних» with
 * {@code r835_role = structure}; reading recognises either mark. The identifier is kept in the extra
 * {@code r835_identifier} (the dataset {@code name} is the URL slug, see {@link PublishTarget#datasetName}).
 * A passport without distributions publishes its dataset link as its one resource. First published and
 * last modified are read from {@code metadata_created} / {@code metadata_modified} and never written; the
 * publisher's name is read from the organization's title and never written.
 *
 * <ul>
 *   <li>{@link #dataGovUa()}: purpose → {@code purpose_of_collecting_information}, update frequency →
 *       {@code update_frequency} (the API value; an unrecognised value is <em>refused</em>: not sent, the
 *       portal's value left as it is, and a plan shows a conflict), language → {@code language} (ISO
 *       {@code uk} ↔ portal {@code ua}), keywords → {@code tag_string} (comma-separated) as well as
 *       {@code tags[]}. It cannot hold the EDRPOU code, the date the data is current as of, a dataset-level
 *       compression, previous versions, the person's position and order, further elements, structure
 *       fields, a dataset link other than the first resource's, and a format list other than the
 *       resources' formats: {@link #cannotHold} lists them.</li>
 *   <li>{@link #stockCkan()}: every other element in extras prefixed {@code r835_} (raw values, JSON arrays
 *       for lists), so it holds all but the person's designation order and structure fields.</li>
 * </ul>
 *
 * <p>Fields the SDK does not own are never touched: given the current dataset, {@link #toDataset} starts
 * from {@link CkanDataset#toWrite()} and changes only the owned fields; resources, extras and tags it did
 * not create are kept (resources are matched by their {@code r835_distribution} key, else by link). Our own
 * resources no longer in the passport are removed. Optional resource attributes absent from the passport
 * (mimetype, size, format) leave the portal's values as they are, and uploaded files keep their portal link,
 * mimetype and size.
 */
public final class PortalProfile {

    private static final PortalProfile DATA_GOV_UA = new PortalProfile("data.gov.ua", new DatasetMapper(true));
    private static final PortalProfile STOCK = new PortalProfile("stock-ckan", new DatasetMapper(false));

    private final String name;
    private final DatasetMapper mapper;

    private PortalProfile(String name, DatasetMapper mapper) {
        this.name = name;
        this.mapper = mapper;
    }

    /** {@return the profile of data.gov.ua and the regional portals with the same custom fields} */
    public static PortalProfile dataGovUa() {
        return DATA_GOV_UA;
    }

    /** {@return the profile of a stock CKAN: our elements beyond the core fields go in {@code r835_} extras} */
    public static PortalProfile stockCkan() {
        return STOCK;
    }

    /** {@return the profile's name: {@code data.gov.ua} or {@code stock-ckan}} */
    public String name() {
        return name;
    }

    /**
     * The dataset to create for a passport.
     *
     * @param passport the passport
     * @param target   where it goes
     * @return the write shape for {@code package_create}
     */
    public CkanDatasetWrite toDataset(Passport passport, PublishTarget target) {
        return mapper.toDataset(Objects.requireNonNull(passport, "passport"), Objects.requireNonNull(target, "target"),
                null);
    }

    /**
     * The dataset to write over the one the portal holds for a passport.
     *
     * @param passport the passport
     * @param target   where it goes
     * @param current  the dataset as the portal holds it now
     * @return the write shape (from {@code current}): a complete {@code package_update} that drops nothing the
     *         SDK does not own
     */
    public CkanDatasetWrite toDataset(Passport passport, PublishTarget target, CkanDataset current) {
        return mapper.toDataset(Objects.requireNonNull(passport, "passport"), Objects.requireNonNull(target, "target"),
                Objects.requireNonNull(current, "current"));
    }

    /**
     * Reads a passport from a dataset, with notes on values it could not recognise.
     *
     * @param dataset the dataset as the portal returns it ({@code package_show})
     * @return the passport and the notes on what was normalised or not recognised
     */
    public PortalPassport fromDataset(CkanDataset dataset) {
        return mapper.fromDataset(Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * What of this passport the portal cannot hold ({@link MappingNote.Kind#NOT_HELD}), will receive in a
     * canonical form ({@link MappingNote.Kind#NORMALISED}) or would reject ({@link MappingNote.Kind#REFUSED}).
     *
     * @param passport the passport to be published
     * @return the notes; empty when the profile holds the passport as it is
     */
    public List<MappingNote> cannotHold(Passport passport) {
        return mapper.cannotHold(Objects.requireNonNull(passport, "passport"));
    }

    @Override
    public String toString() {
        return "PortalProfile[" + name + "]";
    }
}
