struct Meters(Vec<f64>);

impl std::ops::Deref for Meters {
    type Target = Vec<f64>;
    fn deref(&self) -> &Vec<f64> {
        &self.0
    }
}

impl std::ops::DerefMut for Meters {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl std::ops::Neg for Meters {
    type Output = Meters;
    fn neg(self) -> Meters {
        Meters(self.0.iter().map(|x| -x).collect())
    }
}

fn main() {
    let mut m = Meters(vec![1.5, 2.0]);
    m.push(3.0);
    m[0] = 0.5;
    let n = -m;
    println!("{:?} {}", n.0, n.len());
}
