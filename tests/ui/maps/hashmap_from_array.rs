use std::collections::HashMap;

fn main() {
    let roman = HashMap::from([('I', 1), ('V', 5), ('X', 10)]);
    let mut total = 0;
    for c in "XVI".chars() {
        total += roman[&c];
    }
    println!("{total}");
}
