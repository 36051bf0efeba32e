-- Benefits, transfers and card services are offered by appointment at the window until the modules
-- that compute and pay them land: an online application whose approval computes and pays nothing
-- would mislead the applicant. Each item gets a new version without the web channel (the earlier
-- versions stay, as every published version does) and a how-to-apply text that says so. The new
-- version corrects the first publication, so it takes effect from the same day (2025-01-02): no day
-- of the catalogue's history offered these items online with something behind the approval.
INSERT INTO catalog_item_versions (item_id, version, name_zh, name_en, summary_zh, summary_en, how_to_apply_zh,
  how_to_apply_en, channels, statutory_days, promised_days, time_limit_note_zh, time_limit_note_en, delivery_zh,
  delivery_en, fees_zh, fees_en, office_hours_zh, office_hours_en, place_zh, place_en, enquiry_zh, enquiry_en,
  complaint_zh, complaint_en, basis_zh, basis_en, conditions_zh, conditions_en, materials, steps, separated_steps,
  module, workflow, changed_on, change_note_zh, change_note_en, disclosed_on)
SELECT v.item_id,
  v.version + 1,
  v.name_zh, v.name_en, v.summary_zh, v.summary_en,
  '本事项暂只接受预约到窗口办理：请拨打咨询电话或在服务大厅取号预约，工作人员当面核验材料后受理。网上申请待本事项的计发功能上线后开放。' || v.how_to_apply_zh,
  'For now by appointment at the window only: call the enquiry line or take a ticket in the hall, and staff accept the application after checking the documents in person. Online applications open once this service''s calculation and payment go live. ' || v.how_to_apply_en,
  (SELECT coalesce(jsonb_agg(c.value), '["window"]'::jsonb) FROM jsonb_array_elements(v.channels) c WHERE c.value <> '"web"'::jsonb),
  v.statutory_days, v.promised_days, v.time_limit_note_zh, v.time_limit_note_en, v.delivery_zh, v.delivery_en,
  v.fees_zh, v.fees_en, v.office_hours_zh, v.office_hours_en, v.place_zh, v.place_en, v.enquiry_zh, v.enquiry_en,
  v.complaint_zh, v.complaint_en, v.basis_zh, v.basis_en, v.conditions_zh, v.conditions_en, v.materials, v.steps,
  v.separated_steps, v.module, v.workflow,
  DATE '2025-01-02',
  '更正：计发与支付功能上线前，本事项只接受预约窗口办理，不接受网上申请',
  'Correction: by appointment at the window only, no online applications, until calculation and payment go live',
  DATE '2025-01-02'
FROM catalog_items i
JOIN catalog_item_versions v ON v.item_id = i.id AND v.version = i.latest_version
WHERE i.code IN ('retirement', 'unemployment-benefit', 'work-injury-benefit', 'maternity-benefit',
  'pension-transfer', 'card-services');

UPDATE catalog_items SET latest_version = latest_version + 1, updated_at = now()
WHERE code IN ('retirement', 'unemployment-benefit', 'work-injury-benefit', 'maternity-benefit',
  'pension-transfer', 'card-services');
