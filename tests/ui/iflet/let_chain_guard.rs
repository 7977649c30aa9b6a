// Let chains (edition 2024): a pattern and conditions on its bindings in one `if`.
enum Reading {
    Temp(i32),
    Missing,
}

fn check(r: Reading, limit: i32) {
    if let Reading::Temp(t) = r && t > limit && t < 100 {
        println!("{t} is above {limit}");
    } else {
        println!("nothing to report");
    }
}

fn main() {
    check(Reading::Temp(42), 30);
    check(Reading::Temp(12), 30);
    check(Reading::Missing, 30);
}
