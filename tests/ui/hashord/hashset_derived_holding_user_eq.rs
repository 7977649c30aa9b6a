use std::collections::HashSet;
use std::hash::{Hash, Hasher};

#[derive(Debug)]
struct Email(String);

impl PartialEq for Email {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

impl Eq for Email {}

impl Hash for Email {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_lowercase().hash(state);
    }
}

// Derived: equal when both fields are (the email through `Email::eq`).
#[derive(Debug, PartialEq, Eq, Hash)]
struct Account {
    email: Email,
    team: u8,
}

fn main() {
    let mut accounts = HashSet::new();
    let people = [("ann@x.org", 1), ("ANN@x.org", 1), ("ann@x.org", 2), ("Bo@x.org", 1)];
    for (mail, team) in people {
        let added = accounts.insert(Account { email: Email(mail.to_string()), team });
        println!("{} {} {}", mail, team, added);
    }
    println!("{}", accounts.len());
    let probe = Account { email: Email("bo@X.ORG".to_string()), team: 1 };
    println!("{}", accounts.contains(&probe));
}
