// Buddhist Era years in Wagtail's date and date-time pickers (core/admin_dates.py).
// When the admin is in Thai, a widget's config carries buddhistEraOffset (543).
// The picker keeps Gregorian dates inside; one date formatter writes the year into
// the input as BE and reads a BE year (2400 or more) back as Gregorian, changing the
// year as text so that 29 February survives (BE 2567 is CE 2024); the calendar's
// year label and year list show BE. The picker's own yearOffset is not used: it
// builds a date in the BE year, and 2567-02-29 becomes 1 March.
(() => {
  const $ = window.jQuery;
  if (!$ || !$.datetimepicker || !window.DateFormatter) return;
  const FIRST_BE_YEAR = 2400;
  const PARTS = /[dDjlNSwzWFmMntLoYyaABgGhHisueTIOPZcrU]/g; // DateFormatter's format letters
  const SEPARATORS = /([ \-+/.:@])/; // DateFormatter's separators, kept by split()
  let offset = 0;

  // The input's text with a BE year made Gregorian, part by part as DateFormatter reads it.
  const gregorianText = (text, format) => {
    const yearAt = (format.match(PARTS) || []).filter((part) => part !== "S").indexOf("Y");
    if (yearAt < 0) return text;
    const pieces = text.split(SEPARATORS);
    const year = Number(pieces[2 * yearAt]);
    if (/^\d{4}$/.test(pieces[2 * yearAt]) && year >= FIRST_BE_YEAR) {
      pieces[2 * yearAt] = String(year - offset);
    }
    return pieces.join("");
  };

  // The format with each unescaped Y replaced by the date's BE year, escaped as literal digits.
  const eraFormat = (date, format) => {
    const year = String(date.getFullYear() + offset).replace(/./g, "\\$&");
    let out = "";
    for (let i = 0; i < format.length; i += 1) {
      if (format[i] === "\\") {
        out += format.slice(i, i + 2);
        i += 1;
      } else {
        out += format[i] === "Y" ? year : format[i];
      }
    }
    return out;
  };

  const install = (yearOffset) => {
    offset = yearOffset;
    const locale = $.fn.datetimepicker.defaults.i18n.wagtail_custom_locale || {};
    const base = new window.DateFormatter({
      dateSettings: {
        days: locale.dayOfWeek,
        daysShort: locale.dayOfWeekShort,
        months: locale.months,
        monthsShort: (locale.months || []).map((month) => month.substring(0, 3)),
      },
    });
    const parseDate = (value, format) =>
      base.parseDate(typeof value === "string" ? gregorianText(value, format) : value, format);
    $.datetimepicker.setDateFormatter({
      parseDate,
      formatDate(value, format) {
        const date = typeof value === "string" ? parseDate(value, format) : value;
        return date instanceof Date ? base.formatDate(date, eraFormat(date, format)) : base.formatDate(date, format);
      },
    });
  };

  const showEraYears = (picker, current) => {
    $(picker).find(".xdsoft_label.xdsoft_year > span").text(current.getFullYear() + offset);
    $(picker)
      .find(".xdsoft_year .xdsoft_option")
      .each((_, option) => {
        option.textContent = String(Number(option.dataset.value) + offset);
      });
  };

  const withEra = (options) => {
    if (!options || !options.buddhistEraOffset) return options;
    if (!offset) install(options.buddhistEraOffset);
    const { buddhistEraOffset, ...rest } = options;
    return {
      ...rest,
      onGenerate(current, input) {
        // Wagtail's hideCurrent compares the input's text with the calendar: give it Gregorian.
        const format = rest.format || "Y-m-d";
        if (window.hideCurrent) {
          window.hideCurrent.call(this, current, [{ value: gregorianText(input.val() || "", format) }]);
        }
        showEraYears(this, current);
      },
    };
  };

  ["initDateChooser", "initDateTimeChooser"].forEach((name) => {
    const init = window[name];
    if (typeof init !== "function" || init.buddhistEra) return;
    const wrapped = (id, options) => init(id, withEra(options));
    wrapped.buddhistEra = true;
    window[name] = wrapped;
  });
})();
