use std::fmt::Display;

#[derive(Debug, Clone, PartialEq)]
enum Reading<T: Display + Copy> {
    Value(T),
    Missing,
}

impl<T: Display + Copy> Reading<T> {
    fn show(&self) -> String {
        match self {
            Reading::Value(v) => format!("<{}>", v),
            Reading::Missing => String::from("--"),
        }
    }
    fn or(self, d: T) -> T {
        match self {
            Reading::Value(v) => v,
            Reading::Missing => d,
        }
    }
}

fn first<T: Display + Copy>(rs: &[Reading<T>]) -> Option<T> {
    rs.iter().find_map(|r| match r {
        Reading::Value(v) => Some(*v),
        Reading::Missing => None,
    })
}

fn main() {
    let rs = vec![Reading::Missing, Reading::Value(2.5), Reading::Value(1.0)];
    for r in &rs {
        print!("{} ", r.show());
    }
    println!();
    println!("{:?} {}", first(&rs), rs[0].clone().or(9.0));
    println!("{}", rs[1] == Reading::Value(2.5));
}
