wrk.method = "POST"
wrk.body = "{\"id\":\"2730acfc-67cd-452b-af8c-5efc23dc491a\",\"site\":\"bench\",\"survey\":\"support\",\"answers\":{\"nps\":9}}"
wrk.headers["Content-Type"] = "application/json"
