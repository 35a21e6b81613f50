"""The allowances of an estimate, as a part of the engine's run: fixed, per
person, as paid (with a percentage-of-income cap), fund contributions split into
an allowance and exempt income, stimulus measures, and the shared caps. Plain
Python, like the engine that mixes it in."""

from decimal import Decimal

from taxcompass.tax_table import ZERO, fund_split, percent
from taxcompass.vocabulary import ALLOWANCES, PART_OF, gettext_noop

_FUND_REASON = gettext_noop(
    "as paid, up to %(rate)s%% of wages (%(limit)s baht) and at most %(cap)s baht; "
    "the first %(allowance)s baht is an allowance, the rest is exempt income"
)


def _max_count(rule, status):
    by_status = rule.get("max_count_by_status", {})
    if status in by_status:
        return int(Decimal(by_status[status]))
    return int(Decimal(rule["max_count"])) if "max_count" in rule else None


class AllowanceSteps:
    """Mixed into the engine's run: needs ``step``, ``data``, ``situation`` and
    ``funds`` (fund key -> its :class:`taxcompass.tax_table.FundSplit`)."""

    def fund_exemptions(self, remaining):
        """Fund contributions (provident fund, GPF) above their allowance part are
        exempt income, taken from the wages before expenses. Within a shared cap
        the exempt parts together stay within it (the allowance parts are cut
        with the other members, in :meth:`_shared_caps`)."""
        for rule in self.data["allowances"]:
            key = rule["key"]
            paid = self.situation.allowances.get(key, ZERO)
            if rule["kind"] != "fund" or paid <= 0:
                continue
            split = fund_split(rule, paid, self.situation.income)
            for shared in self.data.get("shared_caps", []):
                if key in shared["members"]:
                    taken = sum(
                        (self.funds[k].exempt for k in shared["members"] if k in self.funds), ZERO
                    )
                    split.exempt = max(ZERO, min(split.exempt, Decimal(shared["cap"]) - taken))
            self.funds[key] = split
            if split.exempt <= 0:
                continue
            left = split.exempt
            for wage in rule["wages"]:
                taken = min(left, remaining.get(wage, ZERO))
                if taken:
                    remaining[wage] -= taken
                    left -= taken
            self._fund_step("exemption", rule, split.exempt, split, capped=False)

    def _fund_step(self, group, rule, amount, split, capped):
        allowance_cap = Decimal(rule["allowance_cap"])
        part_cap = split.limit - allowance_cap if group == "exemption" else allowance_cap
        return self.step(
            f"{group}.{rule['key']}",
            group,
            ALLOWANCES[rule["key"]][2],
            amount,
            cap=max(ZERO, min(part_cap, split.limit)),
            reason=_FUND_REASON,
            params={
                "rate": Decimal(rule["rate"]),
                "limit": split.by_wages,
                "cap": Decimal(rule["cap"]),
                "allowance": allowance_cap,
            },
            source=rule["source"],
            capped=capped,
        )

    def allowances(self, assessable):
        made = {}
        claimed = self.situation.allowances
        for rule in self.data["allowances"]:
            key = rule["key"]
            label, source, kind = ALLOWANCES[key][2], rule["source"], rule["kind"]
            statuses = rule.get("statuses")
            if statuses and self.situation.status not in statuses:
                continue
            if kind == "fixed":
                made[key] = self.step(
                    f"allowance.{key}",
                    "allowance",
                    label,
                    Decimal(rule["amount"]),
                    reason=gettext_noop("%(amount)s baht"),
                    params={"amount": Decimal(rule["amount"])},
                    source=source,
                )
            elif kind == "per_person":
                count = claimed.get(key, 0) - sum(
                    claimed.get(part, 0) for part, whole in PART_OF.items() if whole == key
                )
                if count <= 0:
                    continue
                each = Decimal(rule["amount"])
                limit = _max_count(rule, self.situation.status)
                counted = count if limit is None else min(count, limit)
                params = {"amount": each, "count": counted}
                reason = gettext_noop("%(amount)s baht each × %(count)s")
                if limit is not None:
                    params["limit"] = limit
                    reason = gettext_noop("%(amount)s baht each × %(count)s (at most %(limit)s)")
                made[key] = self.step(
                    f"allowance.{key}",
                    "allowance",
                    label,
                    each * counted,
                    cap=None if limit is None else each * limit,
                    reason=reason,
                    params=params,
                    source=source,
                    capped=counted < count,
                )
            elif kind == "fund":
                split = self.funds.get(key)
                if split is not None:
                    made[key] = self._fund_step(
                        "allowance", rule, split.allowance, split, capped=split.capped
                    )
            else:
                paid = claimed.get(key, ZERO)
                if paid <= 0:
                    continue
                made[key] = self._as_paid(key, label, paid, rule, assessable)
        self._stimulus(made)
        self._shared_caps(made)

    def _as_paid(self, key, label, paid, rule, assessable, group="allowance"):
        cap = Decimal(rule["cap"])
        params = {"cap": cap}
        reason = gettext_noop("as paid, deductible up to %(cap)s baht")
        if rule.get("kind") == "percent":
            rate = Decimal(rule["rate"])
            by_income = percent(assessable, rate)
            params.update(rate=rate, limit=by_income)
            reason = gettext_noop(
                "as paid, up to %(rate)s%% of assessable income (%(limit)s baht) "
                "and at most %(cap)s baht"
            )
            cap = min(cap, by_income)
        return self.step(
            f"{group}.{key}",
            group,
            label,
            min(paid, cap),
            cap=cap,
            reason=reason,
            params=params,
            source=rule["source"],
            capped=paid > cap,
        )

    def _stimulus(self, made):
        for rule in self.data.get("stimulus", []):
            paid = self.situation.stimulus.get(rule["key"], ZERO)
            if paid > 0:
                step = self._as_paid(rule["key"], "", paid, rule, ZERO, group="stimulus")
                step.params.update(label_th=rule["label_th"], label_en=rule["label_en"])
                step.params.update({"from": rule["from"], "to": rule["to"]})
                made[rule["key"]] = step

    def _shared_caps(self, made):
        """Members of a shared cap are cut back, the last listed first, until
        together they fit. The exempt parts of fund contributions count towards
        the cap but are not cut (they were taken before expenses)."""
        for rule in self.data.get("shared_caps", []):
            members = [made[key] for key in rule["members"] if key in made]
            cap = Decimal(rule["cap"])
            exempt = sum((self.funds[k].exempt for k in rule["members"] if k in self.funds), ZERO)
            excess = sum((step.amount for step in members), exempt) - cap
            for step in reversed(members):
                if excess <= 0:
                    break
                cut = min(excess, step.amount)
                step.amount -= cut
                excess -= cut
                step.capped = True
                step.reason = gettext_noop(
                    "reduced so that %(members)s together stay within %(shared_cap)s baht"
                )
                step.params = {
                    **step.params,
                    "members": rule["members"],
                    "shared_cap": cap,
                    "shared_source": rule["source"],
                }
