package org.communique.official;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The officials of the archive, found by slug or by any spelling of their name. */
public interface Officials extends JpaRepository<Official, Long> {

    Optional<Official> findBySlug(String slug);

    @Query("select count(o) from Official o where o.mergedInto is null")
    long countActive();

    boolean existsBySlug(String slug);

    /** Everyone not merged into someone else, as the index lists them: no aliases or offices loaded. */
    @Query("select new org.communique.official.Officials$Listed(o.id, o.name, o.slug, o.country) from Official o"
            + " where o.mergedInto is null")
    List<Listed> listAll();

    /** An official as the index lists them. */
    record Listed(Long id, String name, String slug, String country) {
    }

    /** The names of these officials, without loading them: for a search's facet of officials. */
    @Query("select new org.communique.official.Officials$Name(o.id, o.name) from Official o where o.id in :ids")
    List<Name> namesOf(@Param("ids") Collection<Long> ids);

    /** An official's name. */
    record Name(Long id, String name) {
    }

    @Query("select distinct a.official from OfficialAlias a where a.exactKey = :key and a.official.mergedInto is null")
    List<Official> findByExactKey(@Param("key") String key);

    @Query("select distinct a.official from OfficialAlias a where a.looseKey = :key and a.official.mergedInto is null")
    List<Official> findByLooseKey(@Param("key") String key);

    /** Officials one of whose spellings ends with this surname key ("blinken" finds "antony blinken"). */
    @Query("select distinct a.official from OfficialAlias a where a.exactKey like concat('% ', :surname)"
            + " and a.official.mergedInto is null")
    List<Official> findBySurnameKey(@Param("surname") String surname);

    @Query("select distinct o from Official o left join fetch o.aliases where o.mergedInto is null")
    List<Official> findAllWithAliases();

    @Query("select distinct o from Official o left join fetch o.offices where o.id in :ids")
    List<Official> fetchOffices(@Param("ids") Collection<Long> ids);

    /**
     * The id of the official who stands for this one now: the official at the end of its merges (an official
     * merged into one that was merged in turn follows both), or the id itself when it was never merged.
     */
    default long survivorOf(long id) {
        long current = id;
        for (int merges = 0; merges < 100; merges++) {
            Optional<Official> official = findById(current);
            if (official.isEmpty() || !official.get().isMerged()) {
                return current;
            }
            current = official.get().getMergedInto();
        }
        return current;
    }

    /** Everyone who can be named, with their spellings and offices: what the importer's registry is built from. */
    default List<Official> findAllForRegistry() {
        List<Official> officials = findAllWithAliases();
        fetchOffices(officials.stream().map(Official::getId).toList());
        return officials;
    }

    /** The officials a name or any spelling of it stands for: exact key, a bare surname, or close. */
    default List<Official> findByAnyName(String name) {
        String key = NameKey.exact(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Official> found = findByExactKey(key);
        if (found.isEmpty() && !key.contains(" ")) {
            found = findBySurnameKey(key);
        }
        if (found.isEmpty()) {
            String loose = NameKey.loose(name);
            found = loose.isEmpty() ? List.of() : findByLooseKey(loose);
        }
        return found;
    }
}
