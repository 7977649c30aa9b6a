mod fmt {
    pub fn money(cents: i64) -> String {
        format!("${}.{:02}", cents / 100, cents % 100)
    }
}

struct Price(i64);

impl std::fmt::Display for Price {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}", fmt::money(self.0))
    }
}

fn main() {
    let p = Price(1234);
    println!("{} [{:>8}]", p, fmt::money(5));
}
