package com.pettoyou.pets.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.pettoyou.pets.Species;

/**
 * The dog and cat breed names bundled in {@code pets/dog-breeds.csv} and
 * {@code pets/cat-breeds.csv}. Each file has a header row, then one row per initial
 * consonant whose second field is a comma-separated list of breed names.
 */
@Component
public class BreedCatalogue {

	private static final Map<Species, String> FILES = Map.of(Species.DOG, "pets/dog-breeds.csv", Species.CAT,
			"pets/cat-breeds.csv");

	private final Map<Species, List<String>> breeds = new EnumMap<>(Species.class);

	BreedCatalogue() {
		for (Species species : Species.values()) {
			String file = FILES.get(species);
			breeds.put(species, (file != null) ? List.copyOf(read(file)) : List.of());
		}
	}

	/**
	 * Returns the breed names of a species in file order; empty for
	 * {@link Species#OTHER}.
	 */
	public List<String> breeds(Species species) {
		return breeds.get(species);
	}

	/** Returns whether the bundled list of this species contains the exact name. */
	public boolean contains(Species species, String name) {
		return breeds.get(species).contains(name);
	}

	private static Set<String> read(String file) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		Set<String> names = new LinkedHashSet<>();
		try (InputStream input = new ClassPathResource(file).getInputStream();
				Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
			for (CSVRecord record : format.parse(reader)) {
				for (String name : record.get(1).split(",")) {
					if (!name.isBlank()) {
						names.add(name.strip());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read the breed list " + file, ex);
		}
		if (names.isEmpty()) {
			throw new IllegalStateException("The breed list " + file + " contains no breeds");
		}
		return names;
	}

}
