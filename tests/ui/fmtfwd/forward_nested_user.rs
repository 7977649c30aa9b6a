use std::fmt;

struct Cents(i64);

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let text = format!("${}.{:02}", self.0 / 100, self.0 % 100);
        f.write_str(&text)
    }
}

struct Price {
    amount: Cents,
}

impl fmt::Display for Price {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.amount, f)
    }
}

fn main() {
    let p = Price { amount: Cents(1234) };
    println!("[{}] [{:>10}]", p, p);
}
