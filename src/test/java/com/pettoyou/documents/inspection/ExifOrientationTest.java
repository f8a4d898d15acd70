package com.pettoyou.documents.inspection;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.pettoyou.documents.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTest {

	static final int MARKED = 0xFF0000;

	/**
	 * Stores a 4 by 2 image whose top-left pixel is marked and checks where each
	 * orientation shows that pixel.
	 */
	@ParameterizedTest(name = "orientation {0}")
	@CsvSource({ "1, 4, 2, 0, 0", "2, 4, 2, 3, 0", "3, 4, 2, 3, 1", "4, 4, 2, 0, 1", "5, 2, 4, 0, 0", "6, 2, 4, 1, 0",
			"7, 2, 4, 1, 3", "8, 2, 4, 0, 3" })
	void turnsImageUpright(int orientation, int width, int height, int markedX, int markedY) {
		BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
		stored.setRGB(0, 0, MARKED);

		BufferedImage upright = ExifOrientation.apply(stored, orientation);

		assertThat(upright.getWidth()).isEqualTo(width);
		assertThat(upright.getHeight()).isEqualTo(height);
		assertThat(upright.getRGB(markedX, markedY) & 0xFFFFFF).isEqualTo(MARKED);
	}

	@Test
	void readsTagFromExifSegment() {
		assertThat(ExifOrientation.read(TestFiles.withExif(TestFiles.jpeg(8, 8), 8, "x"))).isEqualTo(8);
	}

	@Test
	void missingOrInvalidTagIsNormal() {
		assertThat(ExifOrientation.read(TestFiles.jpeg(8, 8))).isEqualTo(ExifOrientation.NORMAL);
		assertThat(ExifOrientation.read(TestFiles.withExif(TestFiles.jpeg(8, 8), 9, "x")))
			.isEqualTo(ExifOrientation.NORMAL);
		assertThat(ExifOrientation.fromExifSegment(new byte[] { 'E', 'x', 'i', 'f', 0, 0, 'I', 'I' }))
			.isEqualTo(ExifOrientation.NORMAL);
	}

}
