// Parse failures kept as `Option<Box<dyn Error>>` values and reported later.
use std::error::Error;

fn attempt(text: &str) -> Option<Box<dyn Error>> {
    match text.parse::<i64>() {
        Ok(_) => None,
        Err(e) => Some(Box::new(e) as Box<dyn Error>),
    }
}

fn main() {
    let inputs = ["10", "", "99999999999999999999"];
    let mut outcomes: Vec<(usize, Option<Box<dyn Error>>)> = Vec::new();
    for (i, t) in inputs.iter().enumerate() {
        outcomes.push((i, attempt(t)));
    }
    for (i, o) in &outcomes {
        match o {
            Some(e) => println!("{i}: {e}"),
            None => println!("{i}: ok"),
        }
    }
}
