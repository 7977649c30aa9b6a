trait Convert<T> {
    fn conv(&self) -> T;
}

struct Meters(f64);

impl Convert<f64> for Meters {
    fn conv(&self) -> f64 {
        self.0
    }
}

impl Convert<String> for Meters {
    fn conv(&self) -> String {
        format!("{} m", self.0)
    }
}

fn convert_all<T: Convert<U>, U>(items: &[T]) -> Vec<U> {
    let mut out = Vec::new();
    for item in items {
        out.push(item.conv());
    }
    out
}

fn main() {
    let ms = [Meters(1.5), Meters(2.0)];
    let nums: Vec<f64> = convert_all(&ms);
    let texts: Vec<String> = convert_all(&ms);
    println!("{:?}", nums);
    println!("{:?}", texts);
}
