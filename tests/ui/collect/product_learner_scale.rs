use std::iter::Product;

#[derive(Debug)]
struct Scale(f64);

impl Product for Scale {
    fn product<I: Iterator<Item = Scale>>(iter: I) -> Scale {
        let mut factor = 1.0;
        for s in iter {
            factor *= s.0;
        }
        Scale(factor)
    }
}

fn main() {
    let steps = vec![Scale(2.0), Scale(0.5), Scale(3.0)];
    let total: Scale = steps.into_iter().product();
    println!("{:?}", total);
}
