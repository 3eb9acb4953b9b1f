-- Finance reports as plain SQL over the Billing tables (they agree to the cent with the household grains).

-- 应收 / 实收 by project, item and bill period: receivable principal, principal and late fee collected (reversals excluded).
CREATE VIEW billing.receivable_and_collected AS
SELECT b.project_id, b.item_code, b.period,
       count(*)                          AS bills,
       sum(b.principal)                  AS receivable,
       coalesce(sum(c.principal), 0)     AS collected_principal,
       coalesce(sum(c.late_fee), 0)      AS collected_late_fee,
       coalesce(sum(w.principal), 0)     AS waived_principal
  FROM billing.bill b
  LEFT JOIN (SELECT household_id, bill_id, sum(principal) AS principal, sum(late_fee) AS late_fee
               FROM billing.effective_allocation GROUP BY household_id, bill_id) c
         ON c.household_id = b.household_id AND c.bill_id = b.bill_id
  LEFT JOIN (SELECT household_id, bill_id, sum(principal) AS principal
               FROM billing.waiver GROUP BY household_id, bill_id) w
         ON w.household_id = b.household_id AND w.bill_id = b.bill_id
 GROUP BY b.project_id, b.item_code, b.period;

-- 预缴: money received and not yet allocated to any bill, per household.
CREATE VIEW billing.prepaid_balance AS
SELECT p.household_id, p.project_id,
       sum(p.amount) - coalesce(sum(a.allocated), 0) AS prepaid
  FROM billing.payment p
  LEFT JOIN (SELECT household_id, payment_id, sum(principal + late_fee) AS allocated
               FROM billing.allocation GROUP BY household_id, payment_id) a
         ON a.household_id = p.household_id AND a.payment_id = p.payment_id
 WHERE NOT EXISTS (SELECT 1 FROM billing.payment_reversal r WHERE r.household_id = p.household_id AND r.payment_id = p.payment_id)
 GROUP BY p.household_id, p.project_id;

-- Unpaid principal per household and bill period (arrears principal by period; late fees are computed by the ledger).
CREATE VIEW billing.unpaid_principal AS
SELECT b.household_id, b.project_id, b.period, b.item_code, b.due_date,
       b.principal - coalesce(c.principal, 0) - coalesce(w.principal, 0) AS unpaid
  FROM billing.bill b
  LEFT JOIN (SELECT household_id, bill_id, sum(principal) AS principal FROM billing.effective_allocation GROUP BY 1, 2) c
         ON c.household_id = b.household_id AND c.bill_id = b.bill_id
  LEFT JOIN (SELECT household_id, bill_id, sum(principal) AS principal FROM billing.waiver GROUP BY 1, 2) w
         ON w.household_id = b.household_id AND w.bill_id = b.bill_id;
