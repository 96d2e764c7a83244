package io.stint.export.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void textLongerThanACellHoldsIsCutToExcelsLimit() throws IOException {
        String text = "x".repeat(40_000);

        assertEquals("x".repeat(Cells.MAX_TEXT), writtenAndReadBack(text));
    }

    @Test
    void cuttingNeverSplitsACharacterMadeOfTwoChars() {
        String text = "x".repeat(Cells.MAX_TEXT - 1) + "😀" + "y";

        assertEquals("x".repeat(Cells.MAX_TEXT - 1), Cells.cut(text));
    }

    @Test
    void textWithinTheLimitIsKeptWhole() throws IOException {
        String text = "Line one\nline two & <three> \"quoted\"";

        assertEquals(text, writtenAndReadBack(text));
    }

    @Test
    void hoursAreRoundedHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("0.01"), Cells.hours(18));
        assertEquals(new BigDecimal("0.00"), Cells.hours(17));
        assertEquals(new BigDecimal("1.00"), Cells.hours(3600));
        assertEquals(new BigDecimal("2777.78"), Cells.hours(10_000_000));
    }

    private static String writtenAndReadBack(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Stint", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet");
        Cells.text(ws, 0, 0, text);
        wb.finish();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return read.getFirstSheet().read().get(0).getCell(0).asString();
        }
    }
}
