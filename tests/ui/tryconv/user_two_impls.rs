#[derive(Debug)]
struct Percent(u8);

impl TryFrom<i32> for Percent {
    type Error = String;
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if (0..=100).contains(&v) { Ok(Percent(v as u8)) } else { Err(format!("{} out of range", v)) }
    }
}

impl TryFrom<f64> for Percent {
    type Error = &'static str;
    fn try_from(v: f64) -> Result<Self, Self::Error> {
        if v >= 0.0 && v <= 1.0 { Ok(Percent((v * 100.0) as u8)) } else { Err("not a fraction") }
    }
}

fn main() {
    println!("{:?}", Percent::try_from(42));
    println!("{:?}", Percent::try_from(0.5));
    println!("{:?}", Percent::try_from(101));
    println!("{:?}", Percent::try_from(2.0));
}
