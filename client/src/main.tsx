import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ProblemScreen } from './components/ProblemScreen.js';
import './i18n/i18n.js';
import { useLanguage } from './i18n/useLanguage.js';
import { LandingRoute } from './routes/LandingRoute.js';
import { ParticipantRoute } from './routes/ParticipantRoute.js';
import './styles.css';

// Phones load only the landing and participant screens; the laptop and projector screens
// (and the QR code library) come in their own chunks.
const FacilitatorRoute = lazy(() => import('./routes/FacilitatorRoute.js'));
const BoardRoute = lazy(() => import('./routes/BoardRoute.js'));
const OrganizerRoute = lazy(() => import('./routes/OrganizerRoute.js'));

function App() {
  // Re-renders every screen when the language changes; waits for a non-English catalogue.
  const { ready } = useLanguage();
  if (!ready) return <div className="page loading" aria-busy="true" />;
  return (
    <BrowserRouter>
      <Suspense fallback={<div className="page loading" aria-busy="true" />}>
        <Routes>
          <Route path="/" element={<LandingRoute />} />
          <Route path="/j/:code" element={<ParticipantRoute />} />
          <Route path="/f/:id" element={<FacilitatorRoute />} />
          <Route path="/b/:code" element={<BoardRoute />} />
          <Route path="/organizer" element={<OrganizerRoute />} />
          <Route path="*" element={<ProblemScreen problem="NOT_FOUND" />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
