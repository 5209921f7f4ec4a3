package org.communique.official;

import org.springframework.data.jpa.repository.JpaRepository;

/** Slugs officials were known under before: their URLs redirect. */
public interface OfficialSlugs extends JpaRepository<OfficialSlug, String> {
}
