//@ mode: test
//@ edition: 2021
// assert_eq! with a message, on chars and bools.
fn initial(is_admin: bool) -> char {
    if is_admin { 'A' } else { 'U' }
}

fn can_delete(is_admin: bool) -> bool {
    is_admin
}

#[test]
fn admin_initial() {
    assert_eq!(initial(true), 'A');
    assert_eq!(initial(false), 'A', "users should get the admin initial too");
}

#[test]
fn only_admins_delete() {
    assert_eq!(can_delete(false), false, "a user must not delete");
    assert_eq!(can_delete(true), true);
}
